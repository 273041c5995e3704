package io.github.ballkit.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A streamed response body whose reads fail with an {@link HttpTimeoutException} when no data
 * arrives for the idle timeout, instead of blocking forever on a server that stalls mid-body.
 *
 * <p>Hand-written because {@code java.net.http} has no read timeout for a streamed body: {@code
 * HttpRequest.timeout} ends when the headers arrive, and the stream of {@code
 * BodyHandlers.ofInputStream()} then waits in {@code read} for as long as the server is silent.
 * This is the watchdog of OkHttp's {@code AsyncTimeout}, cut down to one job: while a read is
 * blocked, a shared daemon timer stands ready to close the stream, which wakes the reader.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final long timeoutMillis;
  private final String what;
  private volatile boolean expired;

  /**
   * Wraps a body.
   *
   * @param body the body stream; closed when a read times out
   * @param timeoutMillis how long one read may wait for data
   * @param what what is being read, for the error message, e.g. {@code downloadReplay}
   */
  IdleTimeoutInputStream(InputStream body, long timeoutMillis, String what) {
    super(body);
    this.timeoutMillis = timeoutMillis;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    return guarded(in::read);
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return guarded(() -> in.read(buffer, offset, length));
  }

  @Override
  public long skip(long count) throws IOException {
    return guarded(() -> in.skip(count));
  }

  private interface Read<T> {
    T run() throws IOException;
  }

  /** Runs one blocking read with the watchdog armed; a read that returned data is kept. */
  private <T extends Number> T guarded(Read<T> read) throws IOException {
    if (expired) {
      throw timeout();
    }
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS);
    T result;
    try {
      result = read.run();
    } catch (IOException e) {
      if (expired) {
        throw timeout();
      }
      throw e;
    } finally {
      alarm.cancel(false);
    }
    if (expired && result.longValue() <= 0) {
      throw timeout();
    }
    return result;
  }

  private void expire() {
    expired = true;
    try {
      in.close();
    } catch (IOException ignored) {
      // the reader is told about the timeout, which is what matters
    }
  }

  private HttpTimeoutException timeout() {
    return new HttpTimeoutException(
        what + ": no data for " + timeoutMillis + " ms while reading the response body");
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "ballkit-read-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
