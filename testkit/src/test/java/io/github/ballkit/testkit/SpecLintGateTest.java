package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.LintFinding;
import io.github.ballkit.testkit.internal.SpecLinter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The build's spec lint gate: both specs must be free of lint errors. Lints the working tree's
 * spec/*.yaml (what the next build packages) and falls back to the packaged copy.
 */
class SpecLintGateTest {

  static String specText(Api api) throws IOException {
    Path tree = Path.of("..", "spec", api.name().toLowerCase() + ".yaml");
    if (Files.exists(tree)) {
      return Files.readString(tree);
    }
    try (InputStream in =
        SpecLintGateTest.class.getClassLoader().getResourceAsStream(api.specResource())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<LintFinding> lint(Api api, String text) {
    return SpecLinter.lint(ApiSpec.fromText(api, text));
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void theSpecHasNoLintErrors(Api api) throws IOException {
    List<LintFinding> findings = lint(api, specText(api));

    assertThat(findings)
        .as(
            "%s lint errors:%n%s",
            api,
            findings.stream()
                .map(f -> "  " + f)
                .collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }

  private static final String BROKEN =
      """
      openapi: 3.0.3
      info: {title: broken, version: "1"}
      servers: [{url: "https://example.invalid/api"}]
      x-rate-limits:
        regular:
          item: {per-second: 2}
      paths:
        /things/{id}:
          get:
            operationId: getThing
            tags: [A, B]
            x-rate-limit-class: itme
            parameters:
              - {name: thing, in: path, required: true, schema: {type: string}}
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                    example: {name: x}
          delete:
            operationId: getThing
            summary: s
            description: d
            tags: [A]
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              "204":
                description: gone
              "404":
                description: no body
      """;

  private static final String BAD_EXAMPLE =
      """
      openapi: 3.0.3
      info: {title: bad example, version: "1"}
      servers: [{url: "https://example.invalid/api"}]
      paths:
        /things:
          get:
            operationId: listThings
            summary: s
            description: d
            tags: [A]
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                    example: {name: x}
              "404":
                description: none
                content:
                  application/json:
                    schema: {type: object}
      """;

  private static final String BADLY_NAMED =
      """
      openapi: 3.0.3
      info: {title: badly named, version: "1"}
      servers: [{url: "https://example.invalid/api"}]
      paths:
        /things:
          get:
            operationId: apiV1ThingsGet
            summary: s
            description: d
            tags: [A]
            responses:
              "404":
                description: none
                content:
                  application/json:
                    schema: {type: object}
                    example: {}
          post:
            operationId: Create_thing
            summary: s
            description: d
            tags: [A]
            responses:
              "404":
                description: none
                content:
                  application/json:
                    schema: {type: object}
                    example: {}
          put:
            operationId: getaway
            summary: s
            description: d
            tags: [A]
            responses:
              "404":
                description: none
                content:
                  application/json:
                    schema: {type: object}
                    example: {}
          delete:
            operationId: deleteThing
            summary: s
            description: d
            tags: [A]
            responses:
              "404":
                description: none
                content:
                  application/json:
                    schema: {type: object}
                    example: {}
      """;

  @Test
  void anOperationIdMustBeLowerCamelCaseAndStartWithAVerb() {
    List<String> findings =
        lint(Api.BALLISTICA, BADLY_NAMED).stream()
            .filter(f -> f.rule().equals("operation-id-style"))
            .map(LintFinding::toString)
            .toList();

    assertThat(findings).hasSize(3);
    assertThat(String.join("\n", findings))
        .contains("operationId 'apiV1ThingsGet' does not start with a verb")
        .contains("operationId 'Create_thing' is not lowerCamelCase")
        .contains("operationId 'getaway' does not start with a verb")
        .doesNotContain("deleteThing");
  }

  @Test
  void anExampleThatBreaksItsSchemaIsAnError() {
    List<String> findings =
        lint(Api.BALLISTICA, BAD_EXAMPLE).stream().map(LintFinding::toString).toList();

    assertThat(String.join("\n", findings))
        .contains("listThings (GET /api/things) response 200  [example-valid]")
        .contains("required")
        .contains("additionalProperties")
        .contains("listThings (GET /api/things) response 404  [response-example]");
  }

  @Test
  void eachRuleNamesTheOperationAndWhatIsWrong() {
    List<String> findings =
        lint(Api.BALLCHASING, BROKEN).stream().map(LintFinding::toString).toList();

    assertThat(String.join("\n", findings))
        .contains("[operation-id-unique] operationId is used by 2 operations")
        .contains("[operation-summary] summary is missing")
        .contains("[operation-description] description is missing")
        .contains("[operation-one-tag] has 2 tags")
        .contains("[error-response] no 4xx or default response with a schema")
        .contains("[response-content] declares no content")
        .contains("[parser]")
        .contains("[rate-limit-class] x-rate-limit-class 'itme' is not one of [none, item]")
        .contains("[rate-limit-class] x-rate-limit-class is missing")
        .contains("[path-params] path parameter {id} is not declared")
        .contains("[path-params] declared path parameter 'thing' is not in the path");
  }
}
