package io.github.ballkit.core;

import java.time.Duration;

/**
 * The client-side rate limiter would have to wait past the call's deadline before sending the
 * request, so nothing was sent. Raise the client's call timeout, or schedule the work later.
 */
public class RateLimitWaitException extends BallkitException {
  private static final long serialVersionUID = 1L;

  /** How long the limiter would have had to wait. */
  private final Duration wait;

  /**
   * Creates the exception.
   *
   * @param operation the operationId
   * @param rateLimitClass the spec's rate-limit class of the operation
   * @param wait how long the limiter would have had to wait
   */
  public RateLimitWaitException(String operation, String rateLimitClass, Duration wait) {
    this(
        wait,
        operation,
        "the '"
            + rateLimitClass
            + "' rate limit allows the next call in "
            + wait.toMillis()
            + " ms, past the call's deadline");
  }

  private RateLimitWaitException(Duration wait, String operation, String reason) {
    super(operation, operation + " not sent: " + reason, null);
    this.wait = wait;
  }

  /**
   * Creates the exception for a deadline that passed while every slot of a window was held by a
   * call still waiting for its response: no wait can be computed, since it depends on when those
   * responses arrive.
   *
   * @param operation the operationId
   * @param rateLimitClass the spec's rate-limit class of the operation
   * @param slots how many calls the full window allows, all of them in flight
   * @return the exception, whose {@link #waitNeeded()} is zero
   */
  public static RateLimitWaitException allSlotsInFlight(
      String operation, String rateLimitClass, int slots) {
    return new RateLimitWaitException(
        Duration.ZERO,
        operation,
        "all "
            + slots
            + " slots of the '"
            + rateLimitClass
            + "' rate limit are in flight, and the call's deadline passed waiting for a response");
  }

  /**
   * Returns how long the limiter would have had to wait.
   *
   * @return the wait; zero when every slot was in flight ({@link #allSlotsInFlight})
   */
  public Duration waitNeeded() {
    return wait;
  }
}
