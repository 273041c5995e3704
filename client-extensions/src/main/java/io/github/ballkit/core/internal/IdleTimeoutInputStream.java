package io.github.ballkit.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A streamed response body whose reads fail with an {@link HttpTimeoutException} when no data
 * arrives for the idle timeout, instead of blocking forever on a server that stalls mid-body.
 *
 * <p>Hand-written because {@code java.net.http} has no read timeout for a streamed body: {@code
 * HttpRequest.timeout} ends when the headers arrive, and the stream of {@code
 * BodyHandlers.ofInputStream()} then waits in {@code read} for as long as the server is silent.
 * This is the watchdog of OkHttp's {@code AsyncTimeout}, cut down to one job: while a read is
 * blocked, a shared daemon timer stands ready to close the stream, which wakes the reader.
 *
 * <p>The reader and the alarm race for one state, which numbers the reads: even while idle, odd
 * while a read runs, {@link #EXPIRED} once an alarm has closed the stream. An alarm closes the
 * stream only if it moves the state from its own read's number to {@code EXPIRED}, and the reader
 * moves the state on as soon as a read returns, before it disarms the alarm. So an alarm that fires
 * just as its read comes back, or late, during a later read, finds nothing to do; one that wins
 * closes the stream and the reader reports the timeout. Never a successful read on a stream already
 * closed, never a read cut off by another read's alarm.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
  private static final long EXPIRED = -1;

  private static final Alarms WATCHDOG = new Watchdog();

  private final long timeoutMillis;
  private final String what;
  private final Alarms alarms;
  private final AtomicLong state = new AtomicLong(0);

  /**
   * Wraps a body.
   *
   * @param body the body stream; closed when a read times out
   * @param timeoutMillis how long one read may wait for data
   * @param what what is being read, for the error message, e.g. {@code downloadReplay}
   */
  IdleTimeoutInputStream(InputStream body, long timeoutMillis, String what) {
    this(body, timeoutMillis, what, WATCHDOG);
  }

  /** As above, with the alarms given (tests fire them by hand). */
  IdleTimeoutInputStream(InputStream body, long timeoutMillis, String what, Alarms alarms) {
    super(body);
    this.timeoutMillis = timeoutMillis;
    this.what = what;
    this.alarms = alarms;
  }

  /** Sets off an action after a delay, unless disarmed first. */
  interface Alarms {
    /**
     * Arms an alarm.
     *
     * @param action what to run when it goes off
     * @param delayMillis when
     * @return what disarms it; running it after the alarm went off does nothing
     */
    Runnable arm(Runnable action, long delayMillis);
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

  /**
   * Runs one blocking read with the alarm armed. The state moves on before the alarm is disarmed,
   * so an alarm going off in between finds nothing to do.
   */
  private <T> T guarded(Read<T> read) throws IOException {
    long idle = state.get();
    if (idle == EXPIRED) {
      throw timeout();
    }
    long reading = idle + 1;
    if (idle % 2 != 0 || !state.compareAndSet(idle, reading)) {
      throw new IllegalStateException(what + ": the body is read by one thread at a time");
    }
    Runnable disarm = alarms.arm(() -> expire(reading), timeoutMillis);
    T result = null;
    IOException failure = null;
    try {
      result = read.run();
    } catch (IOException e) {
      failure = e;
    } finally {
      boolean inTime = state.compareAndSet(reading, reading + 1);
      disarm.run();
      if (!inTime) {
        // The alarm won and closed the stream: a failed read failed because of it, and data a read
        // got at that very moment is cut off by it.
        throw timeout();
      }
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  private void expire(long reading) {
    if (!state.compareAndSet(reading, EXPIRED)) {
      return; // its read came back in time
    }
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

  /** One shared daemon timer for every stream. */
  private static final class Watchdog implements Alarms {
    private final ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "ballkit-read-watchdog");
              thread.setDaemon(true);
              return thread;
            });

    Watchdog() {
      timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Runnable arm(Runnable action, long delayMillis) {
      ScheduledFuture<?> alarm = timer.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
      return () -> alarm.cancel(false);
    }
  }
}
