package io.github.ballkit.testkit.internal;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.github.ballkit.testkit.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Atlassian {@link OpenApiInteractionValidator} for one spec, with ballkit's tolerances:
 *
 * <ul>
 *   <li>a 429 may come without a body ({@code validation.response.body.missing} is waived for 429
 *       only: the real ballchasing server sends none);
 *   <li>everything else is an error, including undeclared properties in bodies (the validator
 *       treats schemas without {@code additionalProperties} as closed), so mocks cannot invent
 *       fields. Extra request headers such as {@code User-Agent} are never a violation.
 * </ul>
 */
public final class SpecValidator {
  private static final Map<Api, SpecValidator> CACHE = new EnumMap<>(Api.class);
  private static final Pattern PATH_PREFIX = Pattern.compile("\\[Path '([^']*)'\\]\\s*");

  private final ApiSpec spec;
  private final OpenApiInteractionValidator validator;

  /**
   * A validator for spec text that is not (yet) on the classpath, e.g. for the lint.
   *
   * @param spec the spec
   * @return a new validator
   */
  public static SpecValidator forSpec(ApiSpec spec) {
    return new SpecValidator(spec);
  }

  private SpecValidator(ApiSpec spec) {
    this.spec = spec;
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(spec.yaml())
            .withLevelResolver(
                LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
            .withWhitelist(
                ValidationErrorsWhitelist.create()
                    .withRule(
                        "a 429 may have no body",
                        allOf(
                            messageHasKey("validation.response.body.missing"),
                            responseStatusIs(429))))
            .withCustomRequestValidation(new GlobalSecurityCheck(spec.model()))
            .build();
  }

  /**
   * The shared validator of an API.
   *
   * @param api the API
   * @return the validator
   */
  public static synchronized SpecValidator of(Api api) {
    return CACHE.computeIfAbsent(api, a -> new SpecValidator(ApiSpec.of(a)));
  }

  /**
   * The spec this validator checks against.
   *
   * @return the spec
   */
  public ApiSpec spec() {
    return spec;
  }

  /**
   * Validates a request and the response it got.
   *
   * @param request the request as received
   * @param response the response as served
   * @param exchange label used in the violations
   * @return violations, empty when both comply
   */
  public List<Violation> validate(Request request, Response response, String exchange) {
    return toViolations(validator.validate(request, response), exchange, request, response);
  }

  /**
   * Validates only a request.
   *
   * @param request the request
   * @param exchange label used in the violations
   * @return violations
   */
  public List<Violation> validateRequest(Request request, String exchange) {
    return toViolations(validator.validateRequest(request), exchange, request, null);
  }

  /**
   * Validates a response for an operation addressed by a concrete path.
   *
   * @param path a concrete path, base path included
   * @param method the method
   * @param response the response
   * @param exchange label used in the violations
   * @return violations
   */
  public List<Violation> validateResponse(
      String path, Request.Method method, Response response, String exchange) {
    return toViolations(
        validator.validateResponse(validatorPath(method.name(), path), method, response),
        exchange,
        null,
        response);
  }

  private List<Violation> toViolations(
      ValidationReport report, String exchange, Request request, Response response) {
    List<Violation> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      String body =
          m.getKey().startsWith("validation.response")
              ? response == null ? null : text(response.getResponseBody())
              : request == null ? null : text(request.getRequestBody());
      Optional<String> parameter =
          m.getKey().startsWith("validation.request.parameter")
              ? m.getContext()
                  .flatMap(ValidationReport.MessageContext::getParameter)
                  .map(p -> ParameterExcerpt.of(p, request, spec))
              : Optional.empty();
      out.add(toViolation(m, exchange, body, parameter));
    }
    return out;
  }

  /**
   * The path to hand the Atlassian validator. It matches templates one segment per parameter, so
   * the slashes inside a multi-segment value ({@code x-multi-segment}, such as a workspace file
   * path) are sent encoded as {@code %2F}.
   *
   * @param method the HTTP method
   * @param rawPath the raw request path
   * @return the path to validate
   */
  public String validatorPath(String method, String rawPath) {
    return spec.resolve(method, rawPath)
        .filter(op -> !op.multiSegmentParameters().isEmpty())
        .map(
            op -> {
              Map<String, String> values = new java.util.LinkedHashMap<>();
              op.template()
                  .match(rawPath)
                  .orElseThrow()
                  .forEach(
                      (name, value) ->
                          values.put(
                              name,
                              op.multiSegmentParameters().contains(name)
                                  ? value.replace("/", "%2F")
                                  : value));
              return op.template().expand(values);
            })
        .orElse(rawPath);
  }

  private static String text(Optional<Body> body) {
    try {
      return body.isPresent() ? body.get().toString(StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static Violation toViolation(
      ValidationReport.Message m, String exchange, String body, Optional<String> parameter) {
    String message = m.getMessage();
    String pointerInMessage = null;
    Matcher at = PATH_PREFIX.matcher(message);
    if (at.lookingAt()) {
      pointerInMessage = at.group(1);
      message = message.substring(at.end());
    }
    StringBuilder text = new StringBuilder(message);
    for (String info : m.getAdditionalInfo()) {
      text.append("\n").append(info);
    }
    for (ValidationReport.Message nested : m.getNestedMessages()) {
      text.append("\n  - ").append(nested.getMessage());
    }
    String pointer =
        m.getContext()
            .flatMap(ValidationReport.MessageContext::getPointers)
            .map(ValidationReport.MessageContext.Pointers::getInstance)
            .orElse(pointerInMessage);
    String offending = parameter.orElse("");
    if (parameter.isEmpty() && pointer != null) {
      offending = body == null ? pointer : BodyExcerpt.at(body, pointer);
    }
    return new Violation(exchange, m.getKey(), text.toString(), offending);
  }
}
