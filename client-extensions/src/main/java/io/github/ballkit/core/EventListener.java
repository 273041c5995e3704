package io.github.ballkit.core;

import java.time.Duration;

/**
 * Hears what a client's calls do, in the spirit of OkHttp's {@code EventListener}: set one with
 * {@code builder.eventListener(...)} to log, trace or measure calls (the {@code ballkit-micrometer}
 * module has a ready-made one). Every method has an empty default, so implement only what you need.
 *
 * <p>A call is one method of a generated interface (or one step of a convenience method, such as
 * Ballistica's signed PUT); its retries and rate-limit waits belong to it. Events arrive on the
 * thread making the call, in order: {@link #callStart}, then any of {@link #limiterWait}, {@link
 * #bytesSent}, {@link #rateLimited} and {@link #retry}, then {@link #callEnd} or {@link
 * #callFailed}; {@link #bytesReceived} comes when the body has been read, which for a streamed
 * download is after {@code callEnd}, on the reading thread. Durations are measured with the
 * client's clock.
 *
 * <p>Listeners must be thread-safe and quick. A listener that throws is logged and otherwise
 * ignored: it cannot fail a call.
 */
public interface EventListener {
  /** Hears nothing. */
  EventListener NONE = new EventListener() {};

  /**
   * A call starts, before its first rate-limit permit.
   *
   * @param call the call
   */
  default void callStart(CallInfo call) {}

  /**
   * A call got its final response, whatever its status (an error status then becomes a typed
   * exception).
   *
   * @param call the call
   * @param status the HTTP status
   * @param elapsed since {@link #callStart}, waits and retries included
   */
  default void callEnd(CallInfo call, int status, Duration elapsed) {}

  /**
   * A call failed without a response: a connection failure or timeout after its retries, a
   * rate-limit wait that would pass the deadline, an interruption (a cancelled async call).
   *
   * @param call the call
   * @param failure what the caller gets thrown
   * @param elapsed since {@link #callStart}
   */
  default void callFailed(CallInfo call, Throwable failure, Duration elapsed) {}

  /**
   * The client is about to wait for the rate limiter before sending (the spec's per-tier limits, or
   * the pause a 429 asked for).
   *
   * @param call the call
   * @param wait how long it will wait
   */
  default void limiterWait(CallInfo call, Duration wait) {}

  /**
   * The server answered 429 Too Many Requests.
   *
   * @param call the call
   * @param retryAfter the wait it asked for (its {@code Retry-After}, else the backoff)
   */
  default void rateLimited(CallInfo call, Duration retryAfter) {}

  /**
   * An attempt failed and the call is sent again after a wait: a connection failure or a
   * 502/503/504 of a retry-safe call, or a 429.
   *
   * @param call the call
   * @param attempt the attempt that failed, 1 for the first
   * @param reason e.g. {@code HTTP 503}, {@code HTTP 429} or the connection failure
   * @param wait the wait before the next attempt
   */
  default void retry(CallInfo call, int attempt, String reason, Duration wait) {}

  /**
   * An attempt sent a request body.
   *
   * @param call the call
   * @param bytes the body's size (0 for none)
   */
  default void bytesSent(CallInfo call, long bytes) {}

  /**
   * The response body has been read to its end, or closed.
   *
   * @param call the call
   * @param bytes how many bytes of body were read
   */
  default void bytesReceived(CallInfo call, long bytes) {}
}
