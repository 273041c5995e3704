package io.github.ballkit.testkit.internal;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the spec's root-level {@code security} for operations that do not declare their own.
 * Hand-written because the Atlassian validator only looks at an operation's own {@code security}
 * block, and both ballkit specs declare authentication once at the root.
 */
final class GlobalSecurityCheck implements CustomRequestValidator {
  private final List<SecurityRequirement> global;
  private final Map<String, SecurityScheme> schemes;

  GlobalSecurityCheck(OpenAPI model) {
    this.global = model.getSecurity() == null ? List.of() : model.getSecurity();
    this.schemes =
        model.getComponents() == null || model.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : model.getComponents().getSecuritySchemes();
  }

  @Override
  public ValidationReport validate(Request request, ApiOperation operation) {
    if (operation.getOperation().getSecurity() != null || global.isEmpty()) {
      return ValidationReport.empty();
    }
    for (SecurityRequirement requirement : global) {
      if (requirement.keySet().stream().allMatch(name -> fulfilled(request, schemes.get(name)))) {
        return ValidationReport.empty();
      }
    }
    return ValidationReport.singleton(
        ValidationReport.Message.create(
                "validation.request.security.missing",
                operation.getMethod()
                    + " on path '"
                    + operation.getApiPath().original()
                    + "' requires "
                    + describe()
                    + ". None found.")
            .build());
  }

  private String describe() {
    return global.stream()
        .flatMap(r -> r.keySet().stream())
        .map(schemes::get)
        .map(
            s ->
                s == null
                    ? "an unknown scheme"
                    : s.getType() == SecurityScheme.Type.HTTP
                        ? "an 'Authorization: " + capitalized(s.getScheme()) + " ...' header"
                        : "the '" + s.getName() + "' " + s.getIn() + " parameter")
        .reduce((a, b) -> a + " or " + b)
        .orElse("authentication");
  }

  private static boolean fulfilled(Request request, SecurityScheme scheme) {
    if (scheme == null) {
      return false;
    }
    switch (scheme.getType()) {
      case HTTP:
        String auth = request.getHeaderValue("Authorization").orElse("");
        String prefix = scheme.getScheme().toLowerCase(Locale.ROOT) + " ";
        return auth.toLowerCase(Locale.ROOT).startsWith(prefix) && auth.length() > prefix.length();
      case APIKEY:
        if (scheme.getIn() == SecurityScheme.In.HEADER) {
          return request.getHeaderValue(scheme.getName()).filter(v -> !v.isBlank()).isPresent();
        }
        if (scheme.getIn() == SecurityScheme.In.QUERY) {
          return !request.getQueryParameterValues(scheme.getName()).isEmpty();
        }
        return true;
      default:
        return true;
    }
  }

  private static String capitalized(String scheme) {
    return scheme.isEmpty()
        ? scheme
        : Character.toUpperCase(scheme.charAt(0)) + scheme.substring(1);
  }
}
