package io.github.ballkit.core.internal;

import io.github.ballkit.core.RateLimitWaitException;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.core.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The call history of one token's rate-limit class, and the gate in front of it: admits a call only
 * when, for each window the asking client keeps to (e.g. 2 per second and 500 per hour), fewer than
 * {@code limit} calls are in that window; honours pauses the server asked for with HTTP 429.
 *
 * <p>One history serves every tier: clients of the same token with different tiers (or a copy made
 * by {@code withTierFromPing()}) count the same calls, each against its own tier's windows, because
 * the server counts per token.
 *
 * <p><b>A call occupies its slot from the moment it is admitted until its response arrives, and its
 * window starts when the response arrives.</b> The server counts a request when it arrives, which
 * is some time between our send and our receipt of the answer; stamping at the receipt is the only
 * stamp that can never be earlier than the server's, whatever the network does. Stamping at send
 * time, as this class did before, had the (k+N)-th request arrive up to 11 ms inside the window of
 * the k-th whenever the k-th travelled slower, and a strict server answered 429 every few seconds
 * ({@code docs/benchmarks.md} §2). The price is one round trip per window slot when a client runs
 * at the limit.
 *
 * <p>Hand-written instead of Bucket4j, on measurement: a token bucket admits up to twice its limit
 * within one window (a full bucket plus its refill, as Bucket4j's documentation says), has no
 * notion of "in flight until the response", and cannot share one history between different limits.
 * Against a server enforcing the tier strictly ({@code docs/benchmarks.md} §2), this limiter sent
 * no request the server refused, at 100 % of the limit (94 % for a lone thread when the server
 * answered 50 ms after counting), where Bucket4j, set up either the usual way or without a burst,
 * had 4–24 refused per 10 s at 70–96 %. Memory is one timestamp per call, at most the largest limit
 * of the class over all tiers (5,000 for the hourly limits in the spec); the history starts small
 * and grows as calls are made, so a client that makes a few calls never holds the full 5,000.
 */
final class SlidingWindowLimiter implements ClassLimiter {
  /** The first history's length; it doubles when full, up to the capacity. */
  private static final int INITIAL_LENGTH = 16;

  private final int capacity;
  private Instant[] history;
  private int oldest;
  private int size;
  private int inFlight;
  private Instant pausedUntil = Instant.MIN;

  /**
   * Creates an empty history.
   *
   * @param capacity how many calls to remember: the largest limit any client of the class asks for
   */
  SlidingWindowLimiter(int capacity) {
    this.capacity = Math.max(1, capacity);
    this.history = new Instant[Math.min(this.capacity, INITIAL_LENGTH)];
  }

  /**
   * Blocks until a call may be sent under {@code windows}, then counts it as in flight.
   *
   * @param windows the limits of the asking client's tier; none may exceed the capacity
   * @return the permit to {@link Permit#release release} when the response (or failure) arrives
   * @throws RateLimitWaitException when the wait would end after the deadline
   */
  @Override
  public Permit acquire(
      List<RateWindow> windows,
      Clock clock,
      Sleeper sleeper,
      Instant deadline,
      String operation,
      String rateLimitClass) {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        wait = waitNeeded(windows, now);
        if (wait == null) {
          // Every slot of some window is held by a call still in flight: its window has not even
          // started. Wait for a release, which notifies.
          Duration left = Duration.between(now, deadline);
          if (left.isNegative() || left.isZero()) {
            throw RateLimitWaitException.allSlotsInFlight(
                operation, rateLimitClass, fullWindowLimit(windows));
          }
          waitForRelease(left, operation);
          continue;
        }
        if (wait.isZero()) {
          inFlight++;
          return new Permit(clock);
        }
        if (now.plus(wait).isAfter(deadline)) {
          throw new RateLimitWaitException(operation, rateLimitClass, wait);
        }
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(operation, e);
      }
    }
  }

  /** Makes every caller wait until {@code until}, as a 429's {@code Retry-After} asks. */
  @Override
  public synchronized void pauseUntil(Instant until) {
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  /**
   * How long to wait before a call fits every window: zero when it fits now, {@code null} when only
   * a release can make room.
   */
  private Duration waitNeeded(List<RateWindow> windows, Instant now) {
    Duration wait = pausedUntil.isAfter(now) ? Duration.between(now, pausedUntil) : Duration.ZERO;
    for (RateWindow window : windows) {
      int completedAllowed = window.limit() - inFlight;
      if (completedAllowed <= 0) {
        return null;
      }
      if (size < completedAllowed) {
        continue;
      }
      // The call fits when fewer than completedAllowed of the finished calls are in the window,
      // i.e. when the completedAllowed-th most recent one has left it.
      Instant leaves = recent(completedAllowed).plus(window.window());
      if (leaves.isAfter(now)) {
        Duration windowWait = Duration.between(now, leaves);
        if (windowWait.compareTo(wait) > 0) {
          wait = windowWait;
        }
      }
    }
    return wait;
  }

  /** The limit of the smallest window, which calls in flight fill first. */
  private static int fullWindowLimit(List<RateWindow> windows) {
    return windows.stream().mapToInt(RateWindow::limit).min().orElse(0);
  }

  /** The k-th most recent finished call (1 = the latest). */
  private Instant recent(int k) {
    return history[(oldest + size - k) % history.length];
  }

  private synchronized void record(Instant at) {
    inFlight--;
    Instant latest = size == 0 ? null : recent(1);
    // Keep the history sorted even if the clock stepped back: a later stamp only waits longer.
    Instant stamp = latest != null && latest.isAfter(at) ? latest : at;
    if (size == history.length && history.length < capacity) {
      grow();
    }
    if (size == history.length) {
      oldest = (oldest + 1) % history.length;
      size--;
    }
    history[(oldest + size) % history.length] = stamp;
    size++;
    notifyAll();
  }

  /** Doubles the history (at most to the capacity), oldest call first. */
  private void grow() {
    Instant[] grown = new Instant[(int) Math.min(capacity, 2L * history.length)];
    for (int i = 0; i < size; i++) {
      grown[i] = history[(oldest + i) % history.length];
    }
    history = grown;
    oldest = 0;
  }

  /** How many calls the history has room for now (tests check it starts small). */
  synchronized int remembers() {
    return history.length;
  }

  private void waitForRelease(Duration atMost, String operation) {
    try {
      wait(Math.max(1, Math.min(atMost.toMillis(), Long.MAX_VALUE / 2)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(operation, e);
    }
  }

  private static TransportException interrupted(String operation, InterruptedException e) {
    return new TransportException(operation, operation + " interrupted while rate limited", e);
  }

  /** One admitted call. Release it exactly once, when its response or failure arrives. */
  final class Permit implements ClassLimiter.Permit {
    private final Clock clock;
    private boolean released;

    private Permit(Clock clock) {
      this.clock = clock;
    }

    /** Starts the call's windows now: the server has counted it by the time we hear back. */
    @Override
    public void release() {
      synchronized (SlidingWindowLimiter.this) {
        if (released) {
          return;
        }
        released = true;
        record(clock.instant());
      }
    }
  }
}
