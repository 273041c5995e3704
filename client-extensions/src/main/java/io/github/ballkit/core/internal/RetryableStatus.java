package io.github.ballkit.core.internal;

/**
 * The statuses a retry-safe call is sent again after: a gateway or proxy in front of the API could
 * not reach it or gave up waiting, so the API most likely never did the work.
 */
public final class RetryableStatus {
  private RetryableStatus() {}

  /**
   * Tells whether a status is a gateway error.
   *
   * @param status the HTTP status
   * @return {@code true} for 502 Bad Gateway, 503 Service Unavailable and 504 Gateway Timeout
   */
  public static boolean isGateway(int status) {
    return status == 502 || status == 503 || status == 504;
  }
}
