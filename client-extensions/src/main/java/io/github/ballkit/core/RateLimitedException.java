package io.github.ballkit.core;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered HTTP 429 and ballkit could not retry within the call's deadline. {@link
 * #retryAfter()} tells how long the server asked to wait.
 */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The wait the server asked for, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or {@code null}
   */
  public RateLimitedException(ErrorDetails details, @Nullable Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns the wait the server asked for, from {@code Retry-After} (seconds or an HTTP date).
   *
   * @return the wait, empty when the server did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
