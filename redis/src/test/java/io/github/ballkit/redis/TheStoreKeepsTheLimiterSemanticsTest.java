package io.github.ballkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.core.RateLimitStore.Admission;
import io.github.ballkit.core.RateLimitStore.History;
import io.github.ballkit.core.RateLimitStore.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store's answers, asked directly as the client's limiter asks them, by "processes" that each
 * have a store (a connection) of their own: the same semantics as the in-process limiter. A release
 * is not waited for, so where another process must see it the test waits for it to land.
 */
class TheStoreKeepsTheLimiterSemanticsTest extends RedisTestSupport {
  private static final History LIST = new History("a-scope", "list", 5000);
  private static final List<Window> REGULAR =
      List.of(new Window(2, Duration.ofSeconds(1)), new Window(500, Duration.ofHours(1)));
  private static final Duration LEASE = Duration.ofSeconds(45);

  @Test
  void aSlotIsHeldUntilItsCallIsReleased() {
    RedisRateLimitStore one = store();
    RedisRateLimitStore two = store();
    assertThat(one.tryAcquire(LIST, REGULAR, LEASE).isAdmitted()).isTrue();
    assertThat(two.tryAcquire(LIST, REGULAR, LEASE).isAdmitted()).isTrue();
    time.advance(Duration.ofSeconds(30));

    Admission third = one.tryAcquire(LIST, REGULAR, LEASE);

    assertThat(third.isAdmitted()).isFalse();
    assertThat(third.allSlotsHeld()).isTrue();
  }

  @Test
  void aCallsWindowStartsWhenItsResponseArrives() {
    RedisRateLimitStore one = store();
    RedisRateLimitStore two = store();
    Admission first = one.tryAcquire(LIST, REGULAR, LEASE);
    Admission second = two.tryAcquire(LIST, REGULAR, LEASE);
    time.advance(Duration.ofSeconds(10));
    one.release(LIST, first.slot());
    two.release(LIST, second.slot());
    two.awaitSent();

    Admission third = one.tryAcquire(LIST, REGULAR, LEASE);

    assertThat(third.isAdmitted()).isFalse();
    assertThat(third.allSlotsHeld()).isFalse();
    assertThat(third.waitFor()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theHourlyWindowIsCheckedBesideThePerSecondOne() {
    List<RedisRateLimitStore> processes = List.of(store(), store());
    for (int i = 0; i < 500; i++) {
      RedisRateLimitStore process = processes.get(i % 2);
      Admission admission = process.tryAcquire(LIST, REGULAR, LEASE);
      assertThat(admission.isAdmitted()).as("call %d", i).isTrue();
      process.release(LIST, admission.slot());
      process.awaitSent();
      time.advance(Duration.ofMillis(500));
    }

    Admission overTheHour = processes.get(0).tryAcquire(LIST, REGULAR, LEASE);

    // The first call finished at 0 s and 500 followed it, 0.5 s apart: now is 250 s.
    assertThat(overTheHour.waitFor()).isEqualTo(Duration.ofHours(1).minusSeconds(250));
  }

  @Test
  void theSlotsOfAProcessThatDiedAreFreedAfterTheirLease() {
    RedisRateLimitStore dies = store(RedisRateLimitStore.builder(redis.uri()).clock(time));
    dies.tryAcquire(LIST, REGULAR, Duration.ofSeconds(5));
    dies.tryAcquire(LIST, REGULAR, Duration.ofSeconds(5));
    dies.close();
    RedisRateLimitStore survivor = store();

    time.advance(Duration.ofSeconds(4));
    assertThat(survivor.tryAcquire(LIST, REGULAR, LEASE).allSlotsHeld()).isTrue();
    time.advance(Duration.ofMillis(1500));
    // Counted as finished when their lease ended, half a second ago.
    assertThat(survivor.tryAcquire(LIST, REGULAR, LEASE).waitFor())
        .isEqualTo(Duration.ofMillis(500));
    time.advance(Duration.ofMillis(500));
    assertThat(survivor.tryAcquire(LIST, REGULAR, LEASE).isAdmitted()).isTrue();
  }

  @Test
  void aPauseHoldsBackEveryProcess() {
    RedisRateLimitStore refused = store();
    RedisRateLimitStore other = store();
    refused.pause(LIST, Duration.ofSeconds(30));
    refused.pause(LIST, Duration.ofSeconds(5));

    assertThat(other.tryAcquire(LIST, REGULAR, LEASE).waitFor()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void historiesOfOtherTokensAndClassesAreApart() {
    RedisRateLimitStore store = store();
    store.tryAcquire(LIST, REGULAR, LEASE);
    store.tryAcquire(LIST, REGULAR, LEASE);

    assertThat(store.tryAcquire(new History("b-scope", "list", 5000), REGULAR, LEASE).isAdmitted())
        .isTrue();
    assertThat(store.tryAcquire(new History("a-scope", "item", 5000), REGULAR, LEASE).isAdmitted())
        .isTrue();
  }

  @Test
  void everyKeyExpiresOnceItsWindowsHavePassed() {
    RedisRateLimitStore store = store();
    Admission admission = store.tryAcquire(LIST, REGULAR, LEASE);
    store.release(LIST, admission.slot());
    store.tryAcquire(LIST, REGULAR, LEASE);
    store.pause(LIST, Duration.ofSeconds(30));
    store.awaitSent();

    Map<String, Long> ttls = new java.util.TreeMap<>();
    for (String key : redis.commands().keys("*")) {
      ttls.put(key, redis.commands().pttl(key));
    }

    assertThat(ttls.keySet())
        .hasSize(4)
        .allSatisfy(key -> assertThat(key).startsWith("ballkit:rl:{"));
    long longest = Duration.ofHours(1).plus(LEASE).plusMinutes(1).toMillis();
    assertThat(ttls.values()).allSatisfy(ttl -> assertThat(ttl).isBetween(1L, longest));
  }

  @Test
  void finishedCallsAreKeptUpToTheClassCapacity() {
    History small = new History("c-scope", "list", 3);
    List<Window> wide = List.of(new Window(3, Duration.ofHours(1)));
    RedisRateLimitStore store = store();
    List<String> slots = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      slots.add(store.tryAcquire(small, wide, LEASE).slot());
      store.release(small, slots.get(i));
      time.advance(Duration.ofHours(2));
    }
    store.tryAcquire(small, wide, LEASE);

    String done =
        redis.commands().keys("*:done").stream().findFirst().orElseThrow(AssertionError::new);
    assertThat(redis.commands().zcard(done)).isEqualTo(3);
  }
}
