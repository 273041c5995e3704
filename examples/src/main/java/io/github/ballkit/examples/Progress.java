package io.github.ballkit.examples;

import io.github.ballkit.core.Sleeper;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress lines for long work: items done, bytes moved and time spent waiting for rate limits. It
 * doubles as the clients' {@link Sleeper}, so every rate-limit or retry wait is counted.
 */
public final class Progress implements Sleeper {
  private final PrintStream out;
  private final AtomicLong waitedMillis = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private int done;

  public Progress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    waitedMillis.addAndGet(duration.toMillis());
    Sleeper.SYSTEM.sleep(duration);
  }

  /** Notes one finished item. */
  public synchronized void step(int total, String what, long itemBytes) {
    done++;
    long all = bytes.addAndGet(itemBytes);
    out.printf(
        "  [%d/%d] %s (%s so far, %d ms waited for rate limits)%n",
        done, total, what, human(all), waitedMillis.get());
  }

  /** Starts counting a new job. */
  public synchronized void reset() {
    done = 0;
    bytes.set(0);
    waitedMillis.set(0);
  }

  public long waitedMillis() {
    return waitedMillis.get();
  }

  public static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KiB", bytes / 1024.0);
    }
    return String.format("%.1f MiB", bytes / (1024.0 * 1024));
  }
}
