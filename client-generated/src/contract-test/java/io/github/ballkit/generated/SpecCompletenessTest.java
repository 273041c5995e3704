package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both specs follow {@code spec/CONVENTIONS.md} and describe exactly the documented operations.
 * Walks the specs with swagger-parser, as packaged in the jar.
 */
class SpecCompletenessTest {

  private static final Set<String> RATE_LIMIT_CLASSES = Set.of("list", "item", "file", "none");
  private static final List<String> TIERS = List.of("regular", "gold", "diamond", "champion", "gc");

  private static List<Specs.SpecOperation> operations(Specs spec) {
    return Specs.operations(spec.openApi());
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void specParsesWithoutMessages(Specs spec) {
    assertThat(spec.parse().getMessages()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyOperationHasAnOperationId(Specs spec) {
    assertThat(operations(spec))
        .allSatisfy(op -> assertThat(op.operation().getOperationId()).as("%s", op).isNotBlank());
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void operationIdsAreUnique(Specs spec) {
    assertThat(operations(spec).stream().map(op -> op.operation().getOperationId()))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyOperationHasExactlyOneDeclaredTag(Specs spec) {
    OpenAPI api = spec.openApi();
    Set<String> declared =
        api.getTags().stream().map(tag -> tag.getName()).collect(Collectors.toSet());

    assertThat(operations(spec))
        .allSatisfy(
            op -> {
              assertThat(op.operation().getTags()).as("tags of %s", op).hasSize(1);
              assertThat(declared).as("tags of %s", op).contains(op.operation().getTags().get(0));
            });
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyResponseExcept204HasAContentSchema(Specs spec) {
    OpenAPI api = spec.openApi();
    List<String> missing = new ArrayList<>();
    for (Specs.SpecOperation op : operations(spec)) {
      if (op.method().equals("HEAD")) {
        continue;
      }
      op.operation()
          .getResponses()
          .forEach(
              (status, response) -> {
                if (status.equals("204")) {
                  return;
                }
                ApiResponse resolved = Specs.deref(api, response);
                if (resolved.getContent() == null || resolved.getContent().isEmpty()) {
                  missing.add(op + " " + status + ": no content");
                  return;
                }
                resolved
                    .getContent()
                    .forEach(
                        (type, media) -> {
                          if (media.getSchema() == null) {
                            missing.add(op + " " + status + " " + type + ": no schema");
                          }
                        });
              });
    }

    assertThat(missing).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyResponseBodyHasAnExample(Specs spec) {
    OpenAPI api = spec.openApi();
    List<String> missing = new ArrayList<>();
    for (Specs.SpecOperation op : operations(spec)) {
      op.operation()
          .getResponses()
          .forEach(
              (status, response) -> {
                Map<String, MediaType> content = Specs.deref(api, response).getContent();
                if (content != null) {
                  content.forEach(
                      (type, media) -> {
                        if (media.getExample() == null
                            && (media.getExamples() == null || media.getExamples().isEmpty())) {
                          missing.add(op + " " + status + " " + type);
                        }
                      });
                }
              });
    }

    assertThat(missing).as("responses without an example").isEmpty();
  }

  @Test
  void everyBallchasingOperationHasAKnownRateLimitClass() {
    assertThat(operations(Specs.BALLCHASING))
        .allSatisfy(
            op -> {
              Map<String, Object> extensions = op.operation().getExtensions();
              assertThat(extensions).as("extensions of %s", op).isNotNull();
              assertThat(extensions.get("x-rate-limit-class"))
                  .as("x-rate-limit-class of %s", op)
                  .isIn(RATE_LIMIT_CLASSES.toArray());
            });
  }

  @Test
  void ballchasingDeclaresRateLimitsForEveryTier() {
    Object limits = Specs.BALLCHASING.openApi().getExtensions().get("x-rate-limits");

    assertThat(limits).isInstanceOf(Map.class);
    Map<?, ?> tiers = (Map<?, ?>) limits;
    assertThat(tiers.keySet().stream().map(String::valueOf)).containsAll(TIERS);
    for (String tier : TIERS) {
      assertThat(tiers.get(tier)).as("x-rate-limits.%s", tier).isInstanceOf(Map.class);
      Map<?, ?> classes = (Map<?, ?>) tiers.get(tier);
      for (String rateClass : List.of("list", "item", "file")) {
        assertThat(classes.get(rateClass))
            .as("x-rate-limits.%s.%s", tier, rateClass)
            .isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) classes.get(rateClass)).get("per-second"))
            .as("x-rate-limits.%s.%s.per-second", tier, rateClass)
            .isInstanceOf(Number.class);
      }
    }
  }

  // Which operations exist is not repeated here: the compatibility gate (compat/gate) fails the
  // build when an operation of the last release's spec is gone, and lists every added one.

  @Test
  void ballisticaPutWorkspaceFileIsDeprecated() {
    assertThat(operations(Specs.BALLISTICA))
        .filteredOn(op -> "putWorkspaceFile".equals(op.operation().getOperationId()))
        .singleElement()
        .satisfies(op -> assertThat(op.operation().getDeprecated()).isTrue());
  }

  @Test
  void everyBallisticaErrorResponseIsAnErrorResponse() {
    OpenAPI api = Specs.BALLISTICA.openApi();
    List<String> wrong = new ArrayList<>();
    for (Specs.SpecOperation op : operations(Specs.BALLISTICA)) {
      op.operation()
          .getResponses()
          .forEach(
              (status, response) -> {
                if (status.startsWith("2")) {
                  return;
                }
                Map<String, MediaType> content = Specs.deref(api, response).getContent();
                if (content == null || content.isEmpty()) {
                  wrong.add(op + " " + status + ": no body");
                  return;
                }
                content.forEach(
                    (type, media) -> {
                      String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
                      if (!"#/components/schemas/ErrorResponse".equals(ref)) {
                        wrong.add(op + " " + status + " " + type + ": " + ref);
                      }
                    });
              });
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void everyBallchasingOperationDeclares401And429And500() {
    assertThat(operations(Specs.BALLCHASING))
        .allSatisfy(
            op ->
                assertThat(op.operation().getResponses())
                    .as("responses of %s", op)
                    .containsKeys("401", "429", "500"));
  }
}
