package io.github.ballkit.testkit.internal;

import com.atlassian.oai.validator.model.Request;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Collection;
import java.util.List;

/**
 * Names the parameter a violation is about and the value the request sent for it, such as {@code
 * query parameter count = "abc"}: a parameter has no place in the body, so a JSON pointer says
 * nothing.
 */
final class ParameterExcerpt {
  private ParameterExcerpt() {}

  static String of(Parameter parameter, Request request, ApiSpec spec) {
    String where = parameter.getIn() + " parameter " + parameter.getName();
    List<String> values = request == null ? List.of() : values(parameter, request, spec);
    if (values.isEmpty()) {
      return where + " (not sent)";
    }
    return where
        + " = "
        + BodyExcerpt.shorten(String.join(", ", values.stream().map(v -> '"' + v + '"').toList()));
  }

  private static List<String> values(Parameter parameter, Request request, ApiSpec spec) {
    String name = parameter.getName();
    return switch (parameter.getIn()) {
      case "query" -> copy(request.getQueryParameterValues(name));
      case "header" -> copy(request.getHeaderValues(name));
      case "path" ->
          spec.resolve(request.getMethod().name(), request.getPath())
              .flatMap(op -> op.template().match(request.getPath()))
              .map(values -> values.get(name))
              .map(List::of)
              .orElse(List.of());
      default -> List.of();
    };
  }

  private static List<String> copy(Collection<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
