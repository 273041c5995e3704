package io.github.ballkit.testkit.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of a spec, with its fully resolved model and its path template (base path
 * included).
 *
 * @param id the operationId
 * @param method the HTTP method in upper case
 * @param template the path template, base path included
 * @param model the resolved operation
 * @param parameters path-level and operation-level parameters, resolved
 */
public record SpecOperation(
    String id, String method, PathTemplate template, Operation model, List<Parameter> parameters) {

  /**
   * The responses by status key ({@code "200"}, {@code "404"}, {@code "default"}).
   *
   * @return the responses, in spec order
   */
  public Map<String, ApiResponse> responses() {
    return model.getResponses() == null ? Map.of() : model.getResponses();
  }

  /**
   * The response documented for a status: its own entry, else {@code default}.
   *
   * @param status the HTTP status
   * @return the response, or empty when neither exists
   */
  public Optional<ApiResponse> response(int status) {
    ApiResponse exact = responses().get(Integer.toString(status));
    return Optional.ofNullable(exact != null ? exact : responses().get("default"));
  }

  /**
   * The statuses this operation lists explicitly (without {@code default}).
   *
   * @return statuses in spec order
   */
  public List<Integer> documentedStatuses() {
    return responses().keySet().stream()
        .filter(k -> k.matches("\\d{3}"))
        .map(Integer::valueOf)
        .toList();
  }

  /**
   * The {@code x-rate-limit-class} of the operation.
   *
   * @return the class, or empty when the operation has none
   */
  public Optional<String> rateLimitClass() {
    Map<String, Object> ext = model.getExtensions();
    Object value = ext == null ? null : ext.get("x-rate-limit-class");
    return Optional.ofNullable(value).map(Object::toString);
  }

  /**
   * The path parameters whose value may span several segments ({@code x-multi-segment: true}).
   *
   * @return their names
   */
  public java.util.Set<String> multiSegmentParameters() {
    return parameters.stream()
        .filter(p -> "path".equals(p.getIn()))
        .filter(p -> p.getExtensions() != null)
        .filter(p -> Boolean.TRUE.equals(p.getExtensions().get("x-multi-segment")))
        .map(Parameter::getName)
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * A short label for messages: {@code getReplay (GET /api/replays/{id})}.
   *
   * @return the label
   */
  public String label() {
    return id + " (" + method + " " + template + ")";
  }
}
