package io.github.ballkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so emulated waiting (replay processing, rate
 * limit windows) takes no real time. Thread-safe.
 */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;

  private TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * A clock standing at the given instant.
   *
   * @param start the starting instant
   * @return the clock
   */
  public static TestClock at(Instant start) {
    return new TestClock(start);
  }

  /**
   * A clock standing at 2026-01-01T12:00:00Z.
   *
   * @return the clock
   */
  public static TestClock fixed() {
    return at(Instant.parse("2026-01-01T12:00:00Z"));
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far
   * @return this clock
   */
  public TestClock advance(Duration amount) {
    now.updateAndGet(t -> t.plus(amount));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("TestClock is always UTC");
  }
}
