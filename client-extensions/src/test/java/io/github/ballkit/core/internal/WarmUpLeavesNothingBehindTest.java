package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.model.Replay;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The first call's warm-up runs beside the caller and leaves nothing a user would notice: its
 * threads are daemons and end once idle, it does not create the JDK client of a pool closed before
 * its turn, and a model it cannot prepare costs nothing but the attempt. Waits poll with a generous
 * bound; nothing is timed.
 */
class WarmUpLeavesNothingBehindTest {
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static List<Thread> warmUpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> thread.getName().equals("ballkit-warm-up"))
        .toList();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(end);
      Thread.sleep(20);
    }
  }

  /** Two properties under one name: Jackson refuses to build its deserializer. */
  static final class Unreadable {
    @com.fasterxml.jackson.annotation.JsonProperty("a")
    int first;

    @com.fasterxml.jackson.annotation.JsonProperty("a")
    int second;
  }

  @Test
  void itsThreadsAreDaemonsThatEndWhenIdle() throws InterruptedException {
    WarmUp.model(Replay.class);
    assertThat(warmUpThreads()).allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());
    await("the warm-up finishes", WarmUp::idle);
    await("its threads end after a second without work", () -> warmUpThreads().isEmpty());
  }

  @Test
  void aPoolClosedBeforeItsTurnGetsNoJdkClient() throws InterruptedException {
    HttpPool pool = HttpPool.create(Duration.ofSeconds(5));
    pool.release();
    WarmUp.pool(pool);
    await("the warm-up finishes", WarmUp::idle);
    assertThat(pool.http()).isNull();
  }

  @Test
  void aPoolStillOpenHasItsJdkClientReadyAndClosesAsUsual() throws InterruptedException {
    HttpPool pool = HttpPool.create(Duration.ofSeconds(5));
    WarmUp.pool(pool);
    await("the warm-up finishes", WarmUp::idle);
    assertThat(pool.http()).isNotNull();
    pool.release();
    assertThat(pool.http()).isNull();
  }

  @Test
  void aModelJacksonCannotReadIsDroppedAndTheNextStillRuns() throws InterruptedException {
    WarmUp.model(Unreadable.class);
    WarmUp.model(io.github.ballkit.ballistica.model.AccountResponse.class);
    await("both warm-ups are done", WarmUp::idle);
    // the caller meets the failure itself when it binds, as without the warm-up
    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> Json.shared().readValue("{\"a\":1}", Unreadable.class));
    assertThat(failure).isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }
}
