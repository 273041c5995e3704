package io.github.ballkit.core;

import java.time.Duration;

/**
 * The client-side rate limiter would have to wait past the call's deadline before sending the
 * request, so nothing was sent. Raise the client's call timeout, or schedule the work later.
 */
public class RateLimitWaitException extends BallkitException {
  private static final long serialVersionUID = 1L;

  private final Duration wait;

  /**
   * Creates the exception.
   *
   * @param operation the operationId
   * @param rateLimitClass the spec's rate-limit class of the operation
   * @param wait how long the limiter would have had to wait
   */
  public RateLimitWaitException(String operation, String rateLimitClass, Duration wait) {
    super(
        operation,
        operation
            + " not sent: the '"
            + rateLimitClass
            + "' rate limit allows the next call in "
            + wait.toMillis()
            + " ms, past the call's deadline",
        null);
    this.wait = wait;
  }

  /**
   * Returns how long the limiter would have had to wait.
   *
   * @return the wait
   */
  public Duration waitNeeded() {
    return wait;
  }
}
