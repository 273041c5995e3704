package io.github.ballkit.core.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the spec says about one operation that the runtime needs: its rate-limit class, whether it
 * needs the token, and whether it is safe to send twice.
 *
 * @param operationId the spec's operationId (also the generated method's name)
 * @param method the HTTP method
 * @param path the path template, with the generated (camel-case) parameter names
 * @param rateLimitClass the {@code x-rate-limit-class}, {@code none} when absent
 * @param requiresAuth false when the operation declares {@code security: []}
 * @param idempotentOps for a POST selecting its operation by the body's {@code op}: the retry-safe
 *     ops ({@code x-idempotent-ops}); empty otherwise
 * @param idempotentByDesign {@code x-idempotent: true} on a non-idempotent method
 * @param multiSegmentParameters the path parameters whose value spans several {@code /}-separated
 *     segments ({@code x-multi-segment: true}), by their generated name
 * @param responseTypes by documented status, the generated model a response's body decodes into;
 *     {@code Void.class} for a status whose body is no model (none, binary or a plain value)
 */
public record OperationInfo(
    String operationId,
    String method,
    String path,
    String rateLimitClass,
    boolean requiresAuth,
    Set<String> idempotentOps,
    boolean idempotentByDesign,
    Set<String> multiSegmentParameters,
    Map<Integer, Class<?>> responseTypes) {

  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE");

  /**
   * An operation the spec does not list (e.g. a signed upload URL): no limits, no auth, no retry.
   */
  static OperationInfo unknown(String name, String method) {
    return new OperationInfo(name, method, "", "none", false, Set.of(), false, Set.of(), Map.of());
  }

  /**
   * Tells whether a request of this operation may be sent again after a failure whose outcome is
   * unknown: GET, HEAD, PUT and DELETE always; a POST only when the spec says so.
   *
   * @param op the body's {@code op} field, or {@code null}
   * @return true when a retry cannot do harm
   */
  public boolean isRetrySafe(String op) {
    return IDEMPOTENT_METHODS.contains(method)
        || idempotentByDesign
        || (op != null && idempotentOps.contains(op));
  }

  /**
   * Returns the model the spec gives the body of a status, e.g. {@code DuplicateReplay} for the 409
   * of {@code uploadReplay}.
   *
   * @param status the HTTP status
   * @return the generated model, or empty when the status is undocumented or has no model body
   */
  public Optional<Class<?>> responseType(int status) {
    Class<?> type = responseTypes.get(status);
    return type == null || type == Void.class ? Optional.empty() : Optional.of(type);
  }

  /**
   * Returns these facts with other documented statuses.
   *
   * @param types by status, the model of the body
   * @return a copy
   */
  OperationInfo withResponseTypes(Map<Integer, Class<?>> types) {
    return new OperationInfo(
        operationId,
        method,
        path,
        rateLimitClass,
        requiresAuth,
        idempotentOps,
        idempotentByDesign,
        multiSegmentParameters,
        Map.copyOf(types));
  }

  /**
   * Tells whether the spec documents a status for this operation.
   *
   * @param status the HTTP status
   * @return true when the spec lists it
   */
  public boolean documents(int status) {
    return responseTypes.containsKey(status);
  }
}
