package io.github.ballkit.core.internal;

import io.github.ballkit.core.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The gate in front of one token's rate-limit class: kept in this JVM ({@link
 * SlidingWindowLimiter}) or in a shared {@link io.github.ballkit.core.RateLimitStore} ({@link
 * StoreLimiter}).
 */
interface ClassLimiter {

  /**
   * Blocks until a call may be sent under {@code windows}, then holds its slot.
   *
   * @param windows the limits of the asking client's tier
   * @param clock the client's clock
   * @param sleeper how the client waits
   * @param deadline when the call must be over
   * @param operation the operationId, for errors
   * @param rateLimitClass the class, for errors
   * @return the permit to release when the response (or failure) arrives
   * @throws io.github.ballkit.core.RateLimitWaitException when the wait would end after the
   *     deadline
   */
  Permit acquire(
      List<RateWindow> windows,
      Clock clock,
      Sleeper sleeper,
      Instant deadline,
      String operation,
      String rateLimitClass);

  /** Makes every caller wait until {@code until}, as a 429's {@code Retry-After} asks. */
  void pauseUntil(Instant until);

  /** One admitted call. Release it exactly once, when its response or failure arrives. */
  interface Permit {
    /** Starts the call's windows now: the server has counted it by the time we hear back. */
    void release();
  }
}
