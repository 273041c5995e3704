package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.Examples;
import io.github.ballkit.testkit.internal.SpecOperation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ready-made stubs of one operation: the happy path and each documented status, with the spec's
 * example body, its media type and the headers the spec requires. Each method returns a WireMock
 * {@link MappingBuilder} matching any path of the operation, to refine or register as it is ({@code
 * mock.stubFor(...)}).
 */
public final class OperationStub {
  private final ApiSpec spec;
  private final SpecOperation op;

  OperationStub(ApiSpec spec, SpecOperation op) {
    this.spec = spec;
    this.op = op;
  }

  /**
   * The first 2xx status the spec documents, with its example.
   *
   * @return the stub
   */
  public MappingBuilder ok() {
    return status(successStatus());
  }

  /**
   * A documented status with the spec's example body.
   *
   * @param status such as 404
   * @return the stub
   * @throws IllegalArgumentException when the status is not documented for this operation
   */
  public MappingBuilder status(int status) {
    ApiResponse response = documented(status);
    ResponseDefinitionBuilder answer = aResponse().withStatus(status);
    Examples.requiredHeaders(response).forEach(answer::withHeader);
    Examples.firstMediaType(response)
        .ifPresent(
            media -> {
              answer.withHeader("Content-Type", media.getKey());
              Examples.exampleOf(media.getValue())
                  .ifPresent(
                      example -> answer.withBody(Examples.bodyBytes(media.getKey(), example)));
            });
    return request(op.method(), urlPattern()).willReturn(answer);
  }

  /**
   * A documented status with a body of the test's choice (it is still checked against the spec when
   * registered).
   *
   * @param status such as 200
   * @param body the body text, e.g. JSON
   * @return the stub
   */
  public MappingBuilder status(int status, String body) {
    ApiResponse response = documented(status);
    ResponseDefinitionBuilder answer =
        aResponse().withStatus(status).withBody(body.getBytes(StandardCharsets.UTF_8));
    Examples.requiredHeaders(response).forEach(answer::withHeader);
    Examples.firstMediaType(response)
        .map(Map.Entry::getKey)
        .ifPresent(type -> answer.withHeader("Content-Type", type));
    return request(op.method(), urlPattern()).willReturn(answer);
  }

  /**
   * The statuses the spec documents explicitly for this operation.
   *
   * @return such as [200, 401, 404]
   */
  public List<Integer> documentedStatuses() {
    return op.documentedStatuses();
  }

  /**
   * A concrete path of this operation, with each path parameter set to its spec example.
   *
   * @return such as {@code /api/replays/2b0a8a3e-...}
   */
  public String samplePath() {
    return spec.samplePath(op);
  }

  private int successStatus() {
    return op.documentedStatuses().stream()
        .filter(s -> s >= 200 && s < 300)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(op.label() + " documents no 2xx status"));
  }

  private ApiResponse documented(int status) {
    ApiResponse response = op.responses().get(Integer.toString(status));
    if (response == null && status >= 500) {
      response = op.responses().get("default");
    }
    if (response == null) {
      throw new IllegalArgumentException(
          "status "
              + status
              + " is not documented for "
              + op.label()
              + ": "
              + op.responses().keySet());
    }
    return response;
  }

  private UrlPattern urlPattern() {
    boolean multiSegment =
        op.parameters().stream()
            .filter(p -> "path".equals(p.getIn()))
            .map(Parameter::getExtensions)
            .anyMatch(ext -> ext != null && Boolean.TRUE.equals(ext.get("x-multi-segment")));
    String template = op.template().toString();
    if (!multiSegment) {
      return urlPathTemplate(template);
    }
    StringBuilder regex = new StringBuilder();
    for (String piece : template.split("((?=\\{)|(?<=}))")) {
      regex.append(piece.startsWith("{") ? ".+" : Pattern.quote(piece));
    }
    return urlPathMatching(regex.toString());
  }
}
