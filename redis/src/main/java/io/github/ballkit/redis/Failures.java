package io.github.ballkit.redis;

import io.github.ballkit.core.RateLimitStoreException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.time.Duration;

/** Turns Lettuce's failures into the typed error a client throws, without credentials. */
final class Failures {
  private Failures() {}

  /**
   * Returns the typed error.
   *
   * @param e what Lettuce threw
   * @param where the server's host and port (never the URI, which may hold a password)
   * @param commandTimeout the store's command timeout
   * @return the exception
   */
  static RateLimitStoreException of(RuntimeException e, String where, Duration commandTimeout) {
    Throwable cause = e;
    while (cause.getCause() != null
        && !(cause instanceof RedisCommandTimeoutException)
        && !(cause instanceof RedisConnectionException)) {
      cause = cause.getCause();
    }
    String store = "the rate-limit store (Redis at " + where + ")";
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String message;
    if (cause instanceof RedisCommandTimeoutException) {
      message = store + " did not answer within " + commandTimeout.toMillis() + " ms";
    } else if (cause instanceof RedisConnectionException) {
      message = store + " is unreachable: " + detail;
    } else {
      message = store + " failed: " + detail;
    }
    return new RateLimitStoreException(message, e);
  }
}
