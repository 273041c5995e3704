package io.github.ballkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.core.RateLimitStore.Admission;
import io.github.ballkit.core.RateLimitStore.History;
import io.github.ballkit.core.RateLimitStore.Window;
import io.github.ballkit.core.RateLimitStoreException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis down, too slow or restarted: a call waits at most the store's command timeout, then fails
 * with {@link RateLimitStoreException} and sends nothing, or, when the store falls back, is limited
 * by its own process. Each test has a Redis of its own, since it breaks it.
 */
class RedisFailuresAreBoundedAndTypedTest {
  private static final String TOKEN = "failing-token-0123456789";
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private LocalRedis redis;
  private FakeTime time;
  private LocalBallchasing server;
  private LocalBallchasing.Account account;
  private final List<RedisRateLimitStore> stores = new ArrayList<>();

  @BeforeEach
  void start() {
    redis = LocalRedis.start();
    time = new FakeTime();
    server = new LocalBallchasing(time);
    account = server.register(TOKEN, 0);
  }

  @AfterEach
  void stop() {
    stores.forEach(RedisRateLimitStore::close);
    server.close();
    redis.close();
  }

  @Test
  void aStoreThatCannotConnectFailsWhenBuilt() throws Exception {
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }

    RateLimitStoreException error =
        catchThrowableOfType(
            RateLimitStoreException.class,
            () ->
                RedisRateLimitStore.builder("redis://127.0.0.1:" + closed)
                    .commandTimeout(TIMEOUT)
                    .build());

    assertThat(error)
        .hasMessageContaining("127.0.0.1:" + closed)
        .hasMessageContaining("unreachable");
  }

  @Test
  void aCallFailsTypedAndUnsentWhileRedisIsDown() {
    BallchasingClient client = client(RedisRateLimitStore.builder(redis.uri()));
    redis.stopServer();

    RateLimitStoreException error =
        catchThrowableOfType(RateLimitStoreException.class, () -> client.replays().getReplay("r1"));

    assertThat(error.operation()).isEqualTo("getReplay");
    assertThat(error).hasMessageStartingWith("getReplay not sent: the rate-limit store");
    assertThat(account.accepted()).isEmpty();
  }

  @Test
  void aCallFailsTypedAndUnsentWhenRedisIsTooSlow() {
    BallchasingClient client = client(RedisRateLimitStore.builder(redis.uri()));
    redis.commands().clientPause(3_000);

    RateLimitStoreException error =
        catchThrowableOfType(RateLimitStoreException.class, () -> client.replays().getReplay("r1"));

    assertThat(error).hasMessageContaining("did not answer within 300 ms");
    assertThat(account.accepted()).isEmpty();
  }

  @Test
  void aStoreThatFallsBackLimitsEachProcessWhileRedisIsDown() {
    BallchasingClient client =
        client(RedisRateLimitStore.builder(redis.uri()).fallbackToLocalLimits());
    redis.stopServer();

    for (int i = 0; i < 6; i++) {
      client.replays().listReplays(ReplayQuery.builder().build());
    }

    assertThat(account.accepted()).hasSize(6);
    assertThat(RedisTestSupport.maxInAnyWindow(account.accepted(), Duration.ofSeconds(1)))
        .isEqualTo(2);
  }

  @Test
  void afterARestartNothingIsAdmittedForTheQuietPeriod() throws InterruptedException {
    RedisRateLimitStore store =
        store(RedisRateLimitStore.builder(redis.uri()).restartQuiet(Duration.ofMillis(1500)));
    History history = new History("restart-scope", "list", 5000);
    List<Window> windows = List.of(new Window(2, Duration.ofSeconds(1)));
    store.release(history, store.tryAcquire(history, windows, Duration.ofSeconds(45)).slot());

    redis.restart();
    Admission afterRestart = null;
    // Lettuce reconnects on its own; until then a call fails after the command timeout.
    for (int attempt = 0; attempt < 40 && afterRestart == null; attempt++) {
      try {
        afterRestart = store.tryAcquire(history, windows, Duration.ofSeconds(45));
      } catch (RateLimitStoreException stillDown) {
        Thread.sleep(100);
      }
    }

    assertThat(afterRestart).as("Redis answers again").isNotNull();
    assertThat(afterRestart.waitFor()).isEqualTo(Duration.ofMillis(1500));
  }

  private RedisRateLimitStore store(RedisRateLimitStore.Builder builder) {
    RedisRateLimitStore store = builder.clock(time).commandTimeout(TIMEOUT).build();
    stores.add(store);
    return store;
  }

  private BallchasingClient client(RedisRateLimitStore.Builder builder) {
    return BallchasingClient.builder()
        .token(TOKEN)
        .baseUrl(server.baseUrl())
        .tier(PatronTier.REGULAR)
        .clock(time)
        .sleeper(time)
        .rateLimitStore(store(builder))
        .build();
  }
}
