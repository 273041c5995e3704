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
 * @param readTimeout the per-attempt timeout (redirects included) for a complete JSON response or a
 *     download's headers, and the longest one read of a download's body may wait for data
 * @param callTimeout the deadline of a whole call: rate-limit waits, retries and the response (for
 *     a download: its headers)
 * @param maxRetries retries of connection failures and 502/503/504 (retry-safe operations only)
 * @param maxRateLimitRetries retries after a 429
 * @param backoff the backoff between retries without a {@code Retry-After}
 * @param maxJsonBytes the largest JSON body of a success response that is read
 * @param events where calls report what they do (the builder's event listener)
 */
public record RuntimeSettings(
    Clock clock,
    Sleeper sleeper,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int maxRetries,
    int maxRateLimitRetries,
    Backoff backoff,
    int maxJsonBytes,
    CallEvents events) {

  /** The default of {@code maxJsonResponseBytes}: 16 MiB, far above any page the APIs send. */
  public static final int DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;

  /**
   * How often a call is sent again after a 429, each time after the wait the server asked for (its
   * {@code Retry-After}, else the backoff), as long as the wait fits in the call's deadline. Not a
   * builder option: the deadline is the knob, and the server says how long to wait.
   */
  public static final int MAX_RATE_LIMIT_RETRIES = 5;
}
