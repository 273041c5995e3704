package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hand-written {@code example} on a response media type of both specs is valid for the schema
 * next to it, as judged by the same validator that checks real traffic.
 */
class SpecExamplesMatchSchemasTest {

  /**
   * One example of one response.
   *
   * @param spec the API
   * @param method the operation's HTTP method
   * @param path the operation's path as written in the spec
   * @param status the response key ({@code 200}, {@code default}...)
   * @param mediaType the media type the example sits on
   * @param example the example as parsed (a JSON tree, or a string)
   * @param declaredStatuses every response key of the operation
   */
  record ResponseExample(
      Specs spec,
      String method,
      String path,
      String status,
      String mediaType,
      Object example,
      List<String> declaredStatuses) {

    @Override
    public String toString() {
      return spec + " " + method + " " + path + " " + status + " " + mediaType;
    }
  }

  static Stream<ResponseExample> examples() {
    List<ResponseExample> out = new ArrayList<>();
    for (Specs spec : Specs.values()) {
      OpenAPI api = spec.openApi();
      for (Specs.SpecOperation op : Specs.operations(api)) {
        List<String> declared = new ArrayList<>(op.operation().getResponses().keySet());
        op.operation()
            .getResponses()
            .forEach(
                (status, response) -> {
                  ApiResponse resolved = Specs.deref(api, response);
                  if (resolved.getContent() == null) {
                    return;
                  }
                  resolved
                      .getContent()
                      .forEach(
                          (mediaTypeName, mediaType) ->
                              examplesOf(mediaType)
                                  .forEach(
                                      example ->
                                          out.add(
                                              new ResponseExample(
                                                  spec,
                                                  op.method(),
                                                  op.path(),
                                                  status,
                                                  mediaTypeName,
                                                  example,
                                                  declared))));
                });
      }
    }
    return out.stream();
  }

  private static List<Object> examplesOf(MediaType mediaType) {
    List<Object> out = new ArrayList<>();
    if (mediaType.getExample() != null) {
      out.add(mediaType.getExample());
    }
    if (mediaType.getExamples() != null) {
      mediaType.getExamples().values().forEach(example -> out.add(example.getValue()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleIsValidForItsResponseSchema(ResponseExample example) throws JsonProcessingException {
    String body =
        example.example() instanceof String text && !example.mediaType().contains("json")
            ? text
            : Json.mapper().writeValueAsString(example.example());

    ValidationReport report =
        example
            .spec()
            .validateResponse(
                Request.Method.valueOf(example.method()),
                concretePath(example.path()),
                concreteStatus(example.status(), example.declaredStatuses()),
                example.mediaType(),
                body);

    assertThat(report.hasErrors())
        .as(
            "example of %s does not match its schema:%n%s%nbody: %s",
            example, Specs.describe(report), body)
        .isFalse();
  }

  @Test
  void bothSpecsHaveResponseExamples() {
    assertThat(examples().map(ResponseExample::spec).distinct()).contains(Specs.values());
  }

  /** The path with every parameter filled in (response validation only matches the path). */
  private static String concretePath(String path) {
    return path.replaceAll("\\{[^}]+}", "x1");
  }

  /** The status itself, or for {@code default} one status the operation does not declare. */
  private static int concreteStatus(String status, List<String> declared) {
    if (!"default".equals(status)) {
      return Integer.parseInt(status);
    }
    return Stream.of(500, 502, 503, 418)
        .filter(candidate -> !declared.contains(String.valueOf(candidate)))
        .findFirst()
        .orElseThrow();
  }
}
