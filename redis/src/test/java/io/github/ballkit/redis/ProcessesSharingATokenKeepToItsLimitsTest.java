package io.github.ballkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.core.RateLimitWaitException;
import io.github.ballkit.core.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients in different processes (each with its own store, so its own Redis connection) that use
 * one token keep to the token's limits together, as one client does alone. A process sees another
 * one's release a moment after it is made, so waits can come out a little longer than one client's
 * alone, never shorter.
 */
class ProcessesSharingATokenKeepToItsLimitsTest extends RedisTestSupport {
  private static final String TOKEN = "shared-token-0123456789";

  @Test
  void twoProcessesSendAtMostTwoListCallsPerSecondOnTheRegularTier() {
    LocalBallchasing.Account account = server.register(TOKEN, 0);
    List<BallchasingClient> processes =
        List.of(process(TOKEN, PatronTier.REGULAR), process(TOKEN, PatronTier.REGULAR));

    for (int i = 0; i < 6; i++) {
      processes.get(i % 2).replays().listReplays(ReplayQuery.builder().build());
    }

    assertThat(account.accepted()).hasSize(6);
    assertThat(maxInAnyWindow(account.accepted(), Duration.ofSeconds(1))).isEqualTo(2);
    // At least 2 s; a little more when the other process's release lands after the next question.
    assertThat(time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void tiersSharingATokenCountOneHistory() {
    LocalBallchasing.Account account = server.register(TOKEN, 0);
    BallchasingClient regular = process(TOKEN, PatronTier.REGULAR);
    BallchasingClient gc = process(TOKEN, PatronTier.GC);
    regular.replays().getReplay("r1");
    regular.replays().getReplay("r2");

    for (int i = 0; i < 14; i++) {
      gc.replays().getReplay("g" + i);
    }
    assertThat(time.slept()).as("16 item calls per second fit the gc tier").isZero();
    gc.replays().getReplay("one-more");

    assertThat(time.slept()).as("the 17th waits for the regular client's first call").isPositive();
    assertThat(maxInAnyWindow(account.accepted(), Duration.ofSeconds(1))).isEqualTo(16);
  }

  @Test
  void aWaitPastTheDeadlineSendsNothing() {
    LocalBallchasing.Account account = server.register(TOKEN, 0);
    BallchasingClient first = process(TOKEN, PatronTier.REGULAR);
    BallchasingClient second =
        process(TOKEN, PatronTier.REGULAR).newBuilder().callTimeout(Duration.ofMillis(100)).build();
    first.replays().getReplay("r1");
    first.replays().getReplay("r2");

    RateLimitWaitException error =
        catchThrowableOfType(RateLimitWaitException.class, () -> second.replays().getReplay("r3"));

    assertThat(error).isNotNull();
    assertThat(account.accepted()).hasSize(2);
  }

  @Test
  void a429PausesTheClassForEveryProcess() {
    LocalBallchasing.Account account = server.register(TOKEN, 0);
    BallchasingClient refused =
        process(TOKEN, PatronTier.GC).newBuilder().callTimeout(Duration.ofSeconds(10)).build();
    BallchasingClient other = process(TOKEN, PatronTier.GC);
    account.refuseNext(Duration.ofSeconds(30));
    catchThrowableOfType(RateLimitedException.class, () -> refused.replays().getReplay("r1"));
    Instant refusedAt = time.instant();

    other.replays().getReplay("r2");

    assertThat(account.accepted()).hasSize(1);
    assertThat(Duration.between(refusedAt, account.accepted().get(0)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
  }
}
