package io.github.ballkit.core;

/**
 * The shared {@link RateLimitStore} (e.g. Redis) could not say in its bounded time whether a call
 * may be sent: it is unreachable, too slow, or was restarted and has not come back yet. Nothing was
 * sent. The call is safe to try again later; a store set to {@linkplain
 * RateLimitStore#fallsBackToLocalLimits() fall back} limits calls in-process instead of throwing
 * this.
 */
public class RateLimitStoreException extends BallkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception a store throws: it knows no operation, and the client adds it ({@link
   * #forOperation}).
   *
   * @param message what failed, without credentials
   * @param cause the store's own failure
   */
  public RateLimitStoreException(String message, Throwable cause) {
    super(null, message, cause);
  }

  private RateLimitStoreException(String operation, String message, Throwable cause) {
    super(operation, message, cause);
  }

  /**
   * Returns the exception for a call that was not sent because of this failure.
   *
   * @param operation the call's operationId
   * @return the exception naming it
   */
  public RateLimitStoreException forOperation(String operation) {
    return new RateLimitStoreException(
        operation,
        operation + " not sent: " + getMessage(),
        getCause() != null ? getCause() : this);
  }
}
