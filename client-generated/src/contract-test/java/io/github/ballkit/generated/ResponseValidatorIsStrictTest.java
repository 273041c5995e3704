package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The validator behind {@link FixturesMatchSpecTest} and {@link SpecExamplesMatchSchemasTest}
 * really rejects bodies the spec does not describe, so a passing fixture or example means
 * something.
 */
class ResponseValidatorIsStrictTest {

  private static final String WORKSPACE =
      "{\"id\":\"ws-1\",\"name\":\"n\",\"size\":1,"
          + "\"create_time\":\"2026-05-01T08:00:00Z\",\"modified_time\":\"2026-05-01T08:00:00Z\"}";

  @Test
  void acceptsABodyTheSpecDescribes() {
    ValidationReport report =
        Specs.BALLISTICA.validateGetResponse("/api/v1/workspaces/ws-1", 200, WORKSPACE);

    assertThat(report.hasErrors()).as(Specs.describe(report)).isFalse();
  }

  @Test
  void rejectsAKeyTheSchemaDoesNotDeclare() {
    ValidationReport report =
        Specs.BALLCHASING.validateGetResponse(
            "/replays", 200, "{\"list\":[{\"id\":\"x\",\"brand_new_key\":1}]}");

    assertThat(report.hasErrors()).isTrue();
    assertThat(Specs.describe(report)).contains("brand_new_key");
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    ValidationReport report =
        Specs.BALLISTICA.validateGetResponse(
            "/api/v1/workspaces/ws-1", 200, WORKSPACE.replace("\"size\":1", "\"size\":\"big\""));

    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void rejectsADateTimeThatIsNotRfc3339() {
    ValidationReport report =
        Specs.BALLISTICA.validateGetResponse(
            "/api/v1/workspaces/ws-1",
            200,
            WORKSPACE.replace("\"create_time\":\"2026-05-01T08:00:00Z\"", "\"create_time\":\"x\""));

    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void rejectsAPathTheSpecDoesNotHave() {
    ValidationReport report = Specs.BALLCHASING.validateGetResponse("/api/replays/x", 200, "{}");

    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void checksAnUndeclaredStatusAgainstTheDefaultResponse() {
    ValidationReport report =
        Specs.BALLISTICA.validateGetResponse("/api/v1/workspaces/ws-1", 500, "{\"error\":1}");

    assertThat(report.hasErrors()).isTrue();
  }
}
