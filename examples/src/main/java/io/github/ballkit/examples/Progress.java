package io.github.ballkit.examples;

import io.github.ballkit.ballchasing.JobItem;
import io.github.ballkit.ballchasing.JobListener;
import io.github.ballkit.core.CallInfo;
import io.github.ballkit.core.EventListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress lines for long work, from ballkit's own hooks: as the clients' {@link EventListener} it
 * counts every rate-limit wait, and as a {@link JobListener} it prints a line per file of the bulk
 * jobs with the bytes moved so far. The Ballistica sync, which is not a bulk job of ballkit's,
 * reports its files with {@link #step}.
 */
public final class Progress implements JobListener, EventListener {
  private final PrintStream out;
  private final AtomicLong waitedMillis = new AtomicLong();
  private final AtomicLong waits = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private int done;

  public Progress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void limiterWait(CallInfo call, Duration wait) {
    waits.incrementAndGet();
    waitedMillis.addAndGet(wait.toMillis());
  }

  @Override
  public void itemDone(JobItem item, int itemsDone, int total) {
    String what =
        switch (item.outcome()) {
          case UPLOADED -> " -> " + item.replayId();
          case DUPLICATE -> " is a duplicate of " + item.replayId();
          case DOWNLOADED -> " downloaded";
          case SKIPPED -> " already there (skipped)";
          case FAILED -> " refused: " + item.failure().map(Throwable::getMessage).orElse("");
        };
    line(itemsDone, total, item.file().getFileName() + what, item.bytes());
  }

  /** Notes one finished item of a job that counts its own. */
  public synchronized void step(int total, String what, long itemBytes) {
    done++;
    line(done, total, what, itemBytes);
  }

  private synchronized void line(int itemsDone, int total, String what, long itemBytes) {
    long all = bytes.addAndGet(itemBytes);
    out.printf(
        "  [%d/%d] %s (%s so far, %d ms waited for rate limits)%n",
        itemsDone, total, what, human(all), waitedMillis.get());
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

  /** How many times a call waited for the rate limiter, since the start. */
  public long waits() {
    return waits.get();
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
