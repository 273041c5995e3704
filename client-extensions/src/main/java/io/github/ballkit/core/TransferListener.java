package io.github.ballkit.core;

import java.time.Duration;

/**
 * Hears the progress of one upload or download, for a progress bar: pass one to the {@code upload}
 * and {@code download} overloads of either client. Every method has an empty default.
 *
 * <pre>{@code
 * client.download(replayId, target, new TransferListener() {
 *   public void progress(Transfer transfer, long done, long total) {
 *     System.out.printf("%s: %d of %d bytes%n", transfer.name(), done, total);
 *   }
 * });
 * }</pre>
 *
 * <p>Events arrive on the thread moving the bytes (for an upload, possibly one of the HTTP
 * client's), in order for one transfer. {@code done} only grows, except when an attempt is sent
 * again after a failure: the bytes then start again from 0.
 */
public interface TransferListener {
  /** Hears nothing. */
  TransferListener NONE = new TransferListener() {};

  /**
   * Bytes have moved.
   *
   * @param transfer the transfer
   * @param done bytes moved so far
   * @param total the size, or -1 when the server did not say (a download without {@code
   *     Content-Length})
   */
  default void progress(Transfer transfer, long done, long total) {}

  /**
   * The transfer waits for the rate limiter (the spec's per-tier limits, or a pause a 429 asked
   * for) before its request is sent.
   *
   * @param transfer the transfer
   * @param wait how long
   */
  default void rateLimitWait(Transfer transfer, Duration wait) {}

  /**
   * The transfer is complete.
   *
   * @param transfer the transfer
   * @param bytes how many bytes moved: 0 when nothing had to (a Ballistica upload the server
   *     already had)
   */
  default void finished(Transfer transfer, long bytes) {}
}
