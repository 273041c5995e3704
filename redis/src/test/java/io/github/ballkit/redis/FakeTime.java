package io.github.ballkit.redis;

import io.github.ballkit.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock and a sleeper that advances it, shared by the clients and the stores of a test: waiting
 * is simulated and takes no wall time.
 */
final class FakeTime extends Clock implements Sleeper {
  private final AtomicLong nanos =
      new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli() * 1_000_000L);
  private final AtomicLong slept = new AtomicLong();

  @Override
  public void sleep(Duration duration) {
    slept.addAndGet(duration.toNanos());
    nanos.addAndGet(duration.toNanos());
  }

  /** Total simulated waiting. */
  Duration slept() {
    return Duration.ofNanos(slept.get());
  }

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Override
  public Instant instant() {
    long now = nanos.get();
    return Instant.ofEpochSecond(now / 1_000_000_000L, now % 1_000_000_000L);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
