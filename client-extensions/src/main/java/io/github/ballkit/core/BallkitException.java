package io.github.ballkit.core;

/**
 * Root of every exception ballkit throws for a failed call. Unchecked, like the exceptions of
 * OkHttp and Feign: catch the subtype you can handle.
 */
public abstract class BallkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The spec's operationId of the failed call. */
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param operation the spec's operationId of the failed call
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  protected BallkitException(String operation, String message, Throwable cause) {
    super(message, cause);
    this.operation = operation;
  }

  /**
   * Returns the spec's operationId of the call that failed, e.g. {@code getReplay}.
   *
   * @return the operation name
   */
  public String operation() {
    return operation;
  }
}
