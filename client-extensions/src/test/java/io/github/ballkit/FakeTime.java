package io.github.ballkit;

import io.github.ballkit.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock and a sleeper that advances it: waiting is simulated and takes no wall time. */
public final class FakeTime extends Clock implements Sleeper {
  /**
   * Each instance starts a day after the previous one: rate-limit histories are shared per base URL
   * and token for as long as a client of them lives, and a test whose server got a port an earlier
   * test had must not find that test's calls inside its windows just because the garbage collector
   * has not taken the earlier clients yet.
   */
  private static final AtomicLong DAYS = new AtomicLong();

  private final AtomicLong nanos =
      new AtomicLong(
          Instant.parse("2026-01-01T00:00:00Z")
                  .plus(java.time.Duration.ofDays(DAYS.getAndIncrement()))
                  .toEpochMilli()
              * 1_000_000L);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /**
   * Moves the clock to at least "now at the start of the sleep plus the duration": threads sleeping
   * at the same time overlap, as they would in real time, instead of adding up.
   */
  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    long target = nanos.get() + duration.toNanos();
    nanos.accumulateAndGet(target, Math::max);
  }

  /** Every sleep requested, in order. */
  public List<Duration> sleeps() {
    return sleeps;
  }

  /** Total simulated waiting. */
  public Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  public void advance(Duration duration) {
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
