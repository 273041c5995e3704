package io.github.ballkit.core;

import java.util.Objects;

/**
 * Which call an {@link EventListener} event belongs to: the API, the spec's operation and its
 * rate-limit class. One instance per call, shared by all the events of that call (retries
 * included), so a listener may key per-call state on it.
 */
public final class CallInfo {
  private final String api;
  private final String operation;
  private final String method;
  private final String rateLimitClass;

  /**
   * Describes a call.
   *
   * @param api the API, {@code ballchasing} or {@code ballistica}
   * @param operation the spec's operationId, e.g. {@code getReplay}, or {@code signedUpload} for
   *     Ballistica's PUT to a signed storage URL
   * @param method the HTTP method
   * @param rateLimitClass the spec's rate-limit class ({@code list}, {@code item}, {@code file}),
   *     {@code none} when the operation has none
   */
  public CallInfo(String api, String operation, String method, String rateLimitClass) {
    this.api = Objects.requireNonNull(api, "api");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.method = Objects.requireNonNull(method, "method");
    this.rateLimitClass = Objects.requireNonNull(rateLimitClass, "rateLimitClass");
  }

  /**
   * Returns the API.
   *
   * @return {@code ballchasing} or {@code ballistica}
   */
  public String api() {
    return api;
  }

  /**
   * Returns the operation.
   *
   * @return the spec's operationId, e.g. {@code listReplays}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the HTTP method.
   *
   * @return e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the operation's rate-limit class.
   *
   * @return {@code list}, {@code item}, {@code file} or {@code none}
   */
  public String rateLimitClass() {
    return rateLimitClass;
  }

  @Override
  public String toString() {
    return api + " " + operation + " (" + method + ", " + rateLimitClass + ")";
  }
}
