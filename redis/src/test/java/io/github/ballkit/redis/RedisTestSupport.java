package io.github.ballkit.redis;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared base: one real Redis per test class (emptied before each test), a local ballchasing server
 * timed by a fake clock, and "processes": each one a store of its own (its own connection, as a
 * separate JVM would have) with a client on it.
 */
abstract class RedisTestSupport {
  protected static LocalRedis redis;

  protected FakeTime time;
  protected LocalBallchasing server;
  private final List<RedisRateLimitStore> stores = new ArrayList<>();

  @BeforeAll
  static void startRedis() {
    redis = LocalRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @BeforeEach
  void startServer() {
    redis.commands().flushall();
    time = new FakeTime();
    server = new LocalBallchasing(time);
  }

  @AfterEach
  void stopServer() {
    stores.forEach(RedisRateLimitStore::close);
    server.close();
  }

  /** A new store, as one more process would open, on the test's fake clock. */
  protected RedisRateLimitStore store() {
    return store(RedisRateLimitStore.builder(redis.uri()).clock(time));
  }

  protected RedisRateLimitStore store(RedisRateLimitStore.Builder builder) {
    RedisRateLimitStore store = builder.build();
    stores.add(store);
    return store;
  }

  /** A client of one more process: its own store. */
  protected BallchasingClient process(String token, PatronTier tier) {
    return client(token, tier, store());
  }

  protected BallchasingClient client(String token, PatronTier tier, RedisRateLimitStore store) {
    return BallchasingClient.builder()
        .token(token)
        .baseUrl(server.baseUrl())
        .tier(tier)
        .clock(time)
        .sleeper(time)
        .rateLimitStore(store)
        .build();
  }

  /** The most instants within any window of the given length. */
  protected static int maxInAnyWindow(List<Instant> times, Duration window) {
    List<Instant> sorted = times.stream().sorted().toList();
    int max = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (!sorted.get(start).plus(window).isAfter(sorted.get(end))) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }
}
