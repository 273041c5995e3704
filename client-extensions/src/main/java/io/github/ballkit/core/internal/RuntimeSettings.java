package io.github.ballkit.core.internal;

import io.github.ballkit.core.Sleeper;
import java.time.Clock;
import java.time.Duration;

/**
 * The tunable parts of a client's runtime.
 *
 * @param clock the time source (injectable for tests)
 * @param sleeper how to wait (injectable for tests)
 * @param connectTimeout the connect timeout
 * @param readTimeout the per-attempt timeout for a complete JSON response or a download's headers,
 *     and the longest one read of a download's body may wait for data
 * @param callTimeout the deadline of a whole call: rate-limit waits, retries and the response
 * @param maxRetries retries of connection failures and 502/503/504 (retry-safe operations only)
 * @param maxRateLimitRetries retries after a 429
 * @param backoff the backoff between retries without a {@code Retry-After}
 */
public record RuntimeSettings(
    Clock clock,
    Sleeper sleeper,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int maxRetries,
    int maxRateLimitRetries,
    Backoff backoff) {

  /** Defaults: system clock, 10 s connect, 30 s read, 2 min per call, 3 retries, 5 after 429. */
  public static RuntimeSettings defaults() {
    return new RuntimeSettings(
        Clock.systemUTC(),
        Sleeper.SYSTEM,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofMinutes(2),
        3,
        5,
        Backoff.DEFAULT);
  }
}
