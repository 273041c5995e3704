package io.github.ballkit.core;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * No usable HTTP response arrived: the connection failed, was reset or closed without a reply, or a
 * timeout passed. Idempotent calls have already been retried when this is thrown.
 */
public class TransportException extends BallkitException {
  private static final long serialVersionUID = 1L;

  /** Whether the failure was a timeout. */
  private final boolean timeout;

  /**
   * Creates the exception.
   *
   * @param operation the operationId
   * @param message what went wrong
   * @param cause the I/O failure
   */
  public TransportException(String operation, String message, Throwable cause) {
    super(operation, message, cause);
    this.timeout = cause instanceof HttpTimeoutException;
  }

  /**
   * Creates the exception from an I/O failure.
   *
   * @param operation the operationId
   * @param cause the I/O failure
   * @return the exception
   */
  public static TransportException of(String operation, IOException cause) {
    String what = cause instanceof HttpTimeoutException ? "timed out" : "failed";
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new TransportException(operation, operation + " " + what + ": " + detail, cause);
  }

  /**
   * Tells whether a timeout caused this failure.
   *
   * @return {@code true} for a timeout
   */
  public boolean isTimeout() {
    return timeout;
  }
}
