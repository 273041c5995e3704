package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.FakeTime;
import io.github.ballkit.core.RateLimitWaitException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter on its own, with simulated time: what it says, and what it remembers. */
class SlidingWindowLimiterTest {
  private final FakeTime time = new FakeTime();

  @Test
  void aDeadlineThatPassesWithEverySlotInFlightSaysSo() {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(2);
    List<RateWindow> twoPerSecond = List.of(new RateWindow(2, Duration.ofSeconds(1)));
    acquire(limiter, twoPerSecond, time.instant().plusSeconds(1));
    acquire(limiter, twoPerSecond, time.instant().plusSeconds(1));

    RateLimitWaitException error =
        catchThrowableOfType(
            RateLimitWaitException.class, () -> acquire(limiter, twoPerSecond, time.instant()));

    assertThat(error)
        .hasMessageContaining("all 2 slots of the 'list' rate limit are in flight")
        .hasMessageNotContaining("0 ms");
  }

  @Test
  void theHistoryStartsSmallAndGrowsOnlyAsCallsAreMade() {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(5_000);
    int fresh = limiter.remembers();

    callAndAnswer(limiter, List.of(new RateWindow(5_000, Duration.ofHours(1))), 100);

    assertThat(fresh).isLessThanOrEqualTo(16);
    assertThat(limiter.remembers()).isBetween(100, 5_000 / 2);
  }

  @Test
  void aGrownHistoryStillCountsEveryCallOfItsLargestWindow() {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(500);
    List<RateWindow> hourly = List.of(new RateWindow(500, Duration.ofHours(1)));
    Instant first = time.instant();
    callAndAnswer(limiter, hourly, 500);

    acquire(limiter, hourly, first.plus(Duration.ofHours(2)));

    assertThat(limiter.remembers()).isEqualTo(500);
    assertThat(time.instant())
        .as("the 501st waits for the first to leave the hour")
        .isEqualTo(first.plus(Duration.ofHours(1)));
  }

  /** Makes calls one second apart, each answered at once. */
  private void callAndAnswer(SlidingWindowLimiter limiter, List<RateWindow> windows, int calls) {
    for (int i = 0; i < calls; i++) {
      if (i > 0) {
        time.advance(Duration.ofSeconds(1));
      }
      acquire(limiter, windows, time.instant().plus(Duration.ofHours(2))).release();
    }
  }

  private SlidingWindowLimiter.Permit acquire(
      SlidingWindowLimiter limiter, List<RateWindow> windows, Instant deadline) {
    return limiter.acquire(windows, time, time, deadline, "listReplays", "list");
  }
}
