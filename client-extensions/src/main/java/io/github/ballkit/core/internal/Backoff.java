package io.github.ballkit.core.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: attempt n waits a random time between half and all of {@code
 * base * 2^(n-1)}, capped at {@code max}. The jitter spreads retries of many clients apart.
 */
public record Backoff(Duration base, Duration max) {

  /** 0.5 s doubling up to 30 s. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

  /**
   * Returns the wait before retry number {@code attempt}.
   *
   * @param attempt 1 for the first retry
   * @return the wait
   */
  public Duration delay(int attempt) {
    long ceiling = base.toMillis() << Math.min(20, Math.max(0, attempt - 1));
    ceiling = Math.min(ceiling, max.toMillis());
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }
}
