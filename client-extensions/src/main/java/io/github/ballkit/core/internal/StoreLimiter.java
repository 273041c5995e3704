package io.github.ballkit.core.internal;

import io.github.ballkit.core.RateLimitStore;
import io.github.ballkit.core.RateLimitStore.Admission;
import io.github.ballkit.core.RateLimitStoreException;
import io.github.ballkit.core.RateLimitWaitException;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.core.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate of one token's rate-limit class kept in a shared {@link RateLimitStore}: asks the store,
 * sleeps for the wait it answers, and asks again, within the call's deadline, so the semantics are
 * the store's (the same as {@link SlidingWindowLimiter}'s, shared by every process of the token).
 *
 * <p>A slot's lease is the longest an attempt can take (connect plus read timeout, cut to the
 * call's deadline) plus a grace: a process that dies holding slots frees them after that, and a
 * live call is never counted as gone while it can still be answered.
 *
 * <p>When the store fails, the call fails with {@link RateLimitStoreException}, unless the store
 * {@linkplain RateLimitStore#fallsBackToLocalLimits() falls back}: then this process's own
 * in-memory history limits the call, and one call a second (the others go on locally) asks the
 * store again until it answers, so a slow store does not cost its timeout on every call.
 */
final class StoreLimiter implements ClassLimiter {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.ratelimit");

  /** Added to a lease, so a call answered just as its attempt times out still holds its slot. */
  static final Duration LEASE_GRACE = Duration.ofSeconds(5);

  /** While falling back, how long until the store is asked again. */
  static final Duration STORE_RETRY = Duration.ofSeconds(1);

  private final RateLimitStore store;
  private final RateLimitStore.History history;
  private final Duration longestAttempt;
  private final Supplier<SlidingWindowLimiter> local;
  private final Clock clock;

  /** When the store was last asked while falling back; {@code null} while it answers. */
  private final AtomicReference<Instant> fellBackAt = new AtomicReference<>();

  StoreLimiter(
      RateLimitStore store,
      RateLimitStore.History history,
      Duration longestAttempt,
      Supplier<SlidingWindowLimiter> local,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.longestAttempt = longestAttempt;
    this.local = local;
    this.clock = clock;
  }

  @Override
  public Permit acquire(
      List<RateWindow> windows,
      Clock clock,
      Sleeper sleeper,
      Instant deadline,
      String operation,
      String rateLimitClass) {
    List<RateLimitStore.Window> limits =
        windows.stream().map(w -> new RateLimitStore.Window(w.limit(), w.window())).toList();
    while (true) {
      Instant now = clock.instant();
      Instant since = fellBackAt.get();
      if (since != null
          && (now.isBefore(since.plus(STORE_RETRY)) || !fellBackAt.compareAndSet(since, now))) {
        // Falling back, and another call asks the store this second.
        return local.get().acquire(windows, clock, sleeper, deadline, operation, rateLimitClass);
      }
      Admission admission;
      try {
        admission = store.tryAcquire(history, limits, lease(now, deadline));
      } catch (RateLimitStoreException e) {
        if (!store.fallsBackToLocalLimits()) {
          throw e.forOperation(operation);
        }
        if (fellBackAt.getAndSet(clock.instant()) == null) {
          LOG.warn(
              "The rate-limit store failed ({}): '{}' calls are limited by this process alone"
                  + " until it answers, so processes sharing the token may exceed its limit",
              e.getMessage(),
              rateLimitClass);
        }
        return local.get().acquire(windows, clock, sleeper, deadline, operation, rateLimitClass);
      }
      if (since != null && fellBackAt.getAndSet(null) != null) {
        LOG.info("The rate-limit store answers again: '{}' calls are shared again", rateLimitClass);
      }
      if (admission.isAdmitted()) {
        return new StorePermit(admission.slot());
      }
      Duration wait = admission.waitFor();
      Duration left = Duration.between(now, deadline);
      if (admission.allSlotsHeld()) {
        if (left.isNegative() || left.isZero()) {
          throw RateLimitWaitException.allSlotsInFlight(
              operation, rateLimitClass, smallestLimit(windows));
        }
        wait = wait.compareTo(left) < 0 ? wait : left;
      } else if (wait.compareTo(left) > 0) {
        throw new RateLimitWaitException(operation, rateLimitClass, wait);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException(operation, operation + " interrupted while rate limited", e);
      }
    }
  }

  @Override
  public void pauseUntil(Instant until) {
    if (store.fallsBackToLocalLimits()) {
      local.get().pauseUntil(until);
    }
    Duration wait = Duration.between(clock.instant(), until);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      store.pause(history, wait);
    } catch (RateLimitStoreException e) {
      LOG.debug("The rate-limit store did not take a pause: {}", e.getMessage());
    }
  }

  private Duration lease(Instant now, Instant deadline) {
    Duration left = Duration.between(now, deadline);
    Duration attempt = left.compareTo(longestAttempt) < 0 ? left : longestAttempt;
    return (attempt.isNegative() ? Duration.ZERO : attempt).plus(LEASE_GRACE);
  }

  private static int smallestLimit(List<RateWindow> windows) {
    return windows.stream().mapToInt(RateWindow::limit).min().orElse(0);
  }

  /** A slot held in the store. */
  private final class StorePermit implements Permit {
    private final String slot;
    private boolean released;

    private StorePermit(String slot) {
      this.slot = slot;
    }

    @Override
    public synchronized void release() {
      if (released) {
        return;
      }
      released = true;
      try {
        store.release(history, slot);
      } catch (RateLimitStoreException e) {
        // The lease frees the slot; the call itself has its answer already.
        LOG.debug("The rate-limit store did not take a release: {}", e.getMessage());
      }
    }
  }
}
