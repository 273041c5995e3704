package io.github.ballkit.core;

/**
 * Root of every exception ballkit throws for a failed call. Unchecked, like the exceptions of
 * OkHttp and Feign: catch the subtype you can handle.
 */
public abstract class BallkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;

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
