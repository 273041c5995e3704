package io.github.ballkit.core.internal;

import io.github.ballkit.core.RateLimitWaitException;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.core.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Admits at most {@code limit} calls in any window of each configured length (e.g. 2 per second and
 * 500 per hour), and honours pauses the server asked for with HTTP 429.
 *
 * <p>Hand-written instead of Bucket4j on purpose: a token bucket admits up to twice its limit
 * within one window (a full bucket plus a full refill, as Bucket4j's own documentation says), while
 * ballchasing counts calls per window and answers 429 to the excess. A log of the last {@code
 * limit} send times per window never exceeds the limit in any window; {@code docs/benchmarks.md}
 * measures the difference (no 429s against a server enforcing the tier). Memory is one timestamp
 * per allowed call in the longest window (at most 5,000 for the hourly limits in the spec).
 */
final class SlidingWindowLimiter {
  private final List<Window> windows = new ArrayList<>();
  private Instant pausedUntil = Instant.MIN;

  SlidingWindowLimiter(List<RateWindow> limits) {
    for (RateWindow limit : limits) {
      windows.add(new Window(limit));
    }
  }

  /**
   * Blocks until a call may be sent, then counts it.
   *
   * @throws RateLimitWaitException when the wait would end after the deadline
   */
  void acquire(
      Clock clock, Sleeper sleeper, Instant deadline, String operation, String rateLimitClass) {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        wait = waitNeeded(now);
        if (wait.isZero()) {
          for (Window window : windows) {
            window.record(now);
          }
          return;
        }
        if (now.plus(wait).isAfter(deadline)) {
          throw new RateLimitWaitException(operation, rateLimitClass, wait);
        }
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException(operation, operation + " interrupted while rate limited", e);
      }
    }
  }

  /** Makes every caller wait until {@code until}, as a 429's {@code Retry-After} asks. */
  synchronized void pauseUntil(Instant until) {
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  private Duration waitNeeded(Instant now) {
    Duration wait = pausedUntil.isAfter(now) ? Duration.between(now, pausedUntil) : Duration.ZERO;
    for (Window window : windows) {
      Duration windowWait = window.waitNeeded(now);
      if (windowWait.compareTo(wait) > 0) {
        wait = windowWait;
      }
    }
    return wait;
  }

  private static final class Window {
    private final int limit;
    private final Duration length;
    private final Deque<Instant> sent = new ArrayDeque<>();

    Window(RateWindow limit) {
      this.limit = limit.limit();
      this.length = limit.window();
    }

    Duration waitNeeded(Instant now) {
      while (!sent.isEmpty() && !sent.peekFirst().plus(length).isAfter(now)) {
        sent.pollFirst();
      }
      if (sent.size() < limit) {
        return Duration.ZERO;
      }
      return Duration.between(now, sent.peekFirst().plus(length));
    }

    void record(Instant now) {
      sent.addLast(now);
    }
  }
}
