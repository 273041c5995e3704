/**
 * {@code RedisRateLimitStore}: the clients' rate-limit histories in Redis, for several processes on
 * one token.
 */
@SuppressWarnings("requires-automatic") // Lettuce names its module in its manifest only
module io.github.ballkit.redis {
  requires transitive io.github.ballkit.client;
  requires transitive org.jspecify;
  requires lettuce.core;
  requires org.slf4j;

  exports io.github.ballkit.redis;
}
