package io.github.ballkit.redis;

import io.github.ballkit.core.RateLimitStore;
import io.github.ballkit.core.RateLimitStoreException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ballkit's rate-limit histories in Redis, so that every process using one token keeps to the
 * token's limits together: set it on each process's client builder with {@code
 * .rateLimitStore(store)}. One store (one Redis connection) serves every client of a process.
 *
 * <p>Each decision is one Lua script, atomic in Redis, timed by the Redis server's clock (the one
 * clock all processes share), so it costs one round trip to Redis per call; the release when the
 * response arrives is sent without waiting (this process's next decision comes after it; other
 * processes see it a moment later, so they are held back a little longer, never less). Per token
 * and rate-limit class, Redis holds the recent finished calls (at most the class's largest limit),
 * the slots of unfinished calls with their leases, and a pause; every key expires once its longest
 * window has passed without calls. Keys are named by an HMAC-SHA256 of the token (and server),
 * keyed by {@link Builder#keySecret}: the token itself is never sent to Redis.
 *
 * <p>Failure: a command waits at most {@link Builder#commandTimeout} (default 1 s), also while the
 * connection is being re-established, then the call fails with {@link RateLimitStoreException} and
 * nothing is sent; with {@link Builder#fallbackToLocalLimits()} each process limits its own calls
 * instead. When a history this process knew is gone from Redis (a restart without persistence, a
 * failover, a flush), nothing is admitted for {@link Builder#restartQuiet} (default 1 s), so calls
 * made just before, still in the server's per-second windows, are not sent again on top; per-hour
 * counts lost that way are not restored.
 */
public final class RedisRateLimitStore implements RateLimitStore, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.redis");

  /** How long keys outlive the windows they serve, in milliseconds. */
  static final long KEY_MARGIN_MILLIS = 60_000;

  /** How long the finished calls stay when their history's epoch is gone (after a restart). */
  private static final long ORPHAN_KEEP_MILLIS = Duration.ofHours(1).toMillis() + KEY_MARGIN_MILLIS;

  /** While every slot is held, how soon to ask again. */
  private static final long ASK_AGAIN_MICROS = 10_000;

  /** Commands queued while the connection is re-established, at most. */
  private static final int QUEUE_LIMIT = 10_000;

  private final ClientResources resources;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final String where;
  private final Duration commandTimeout;
  private final Duration restartQuiet;
  private final boolean fallback;
  private final Clock clock;
  private final KeyNames names;
  private final Epochs epochs = new Epochs();
  private final Script acquire;
  private final Script release;
  private final Script pause;
  private final String process = KeyNames.randomHex(8);
  private final AtomicLong slots = new AtomicLong();

  private RedisRateLimitStore(Builder builder, RedisURI uri) {
    this.where = uri.getHost() + ':' + uri.getPort();
    this.commandTimeout = builder.commandTimeout;
    this.restartQuiet = builder.restartQuiet;
    this.fallback = builder.fallback;
    this.clock = builder.clock;
    this.names = new KeyNames(builder.keyPrefix, builder.keySecret);
    // The connection's handshake (and a first connection's class loading) may take longer than a
    // command: it gets the connect timeout, every command the command timeout.
    uri.setTimeout(builder.connectTimeout);
    this.resources =
        DefaultClientResources.builder()
            // Reconnect soon after a restart: at most a second between attempts.
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
            .build();
    this.client = RedisClient.create(resources, uri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .requestQueueSize(QUEUE_LIMIT)
            .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
            .socketOptions(SocketOptions.builder().connectTimeout(builder.connectTimeout).build())
            .build());
    try {
      this.connection = client.connect(StringCodec.UTF8);
      connection.setTimeout(commandTimeout);
      this.acquire = Script.load("acquire.lua", ScriptOutputType.MULTI, connection);
      this.release = Script.load("release.lua", ScriptOutputType.INTEGER, connection);
      this.pause = Script.load("pause.lua", ScriptOutputType.INTEGER, connection);
    } catch (RuntimeException e) {
      shutdown();
      throw Failures.of(e, where, builder.connectTimeout);
    }
  }

  /**
   * Starts a builder for the Redis server at {@code uri}, e.g. {@code redis://localhost:6379} or
   * {@code rediss://:password@redis.internal:6380/2} (Lettuce's URI syntax).
   *
   * @param uri the server
   * @return the builder
   */
  public static Builder builder(String uri) {
    return new Builder(uri);
  }

  @Override
  public Admission tryAcquire(History history, List<Window> windows, Duration lease) {
    KeyNames.Keys keys = names.of(history);
    String slot = process + '-' + slots.incrementAndGet();
    String known = epochs.known(keys.group());
    String[] args = new String[10 + 2 * windows.size()];
    args[0] = now();
    args[1] = slot;
    args[2] = Long.toString(micros(lease));
    args[3] = Integer.toString(history.capacity());
    args[4] = known == null ? "" : known;
    args[5] = process + '-' + KeyNames.randomHex(4);
    args[6] = Long.toString(micros(restartQuiet));
    args[7] = Long.toString(ASK_AGAIN_MICROS);
    args[8] = Long.toString(KEY_MARGIN_MILLIS);
    args[9] = Integer.toString(windows.size());
    for (int i = 0; i < windows.size(); i++) {
      args[10 + 2 * i] = Integer.toString(windows.get(i).limit());
      args[11 + 2 * i] = Long.toString(micros(windows.get(i).length()));
    }
    List<Object> answer;
    try {
      answer = acquire.call(connection, keys.forAcquire(), args);
    } catch (RuntimeException e) {
      throw failure(e);
    }
    long status = (Long) answer.get(0);
    long micros = (Long) answer.get(1);
    String epoch = (String) answer.get(2);
    if (known != null && !known.equals(epoch)) {
      LOG.warn(
          "The rate-limit history of a token is gone from Redis at {} (restarted, failed over or"
              + " flushed): admitting nothing for {} ms",
          where,
          restartQuiet.toMillis());
    }
    epochs.remember(keys.group(), epoch);
    if (status == 1) {
      return Admission.admitted(slot);
    }
    Duration wait = Duration.of(Math.max(1, micros), ChronoUnit.MICROS);
    return status == 2 ? Admission.allSlotsHeld(wait) : Admission.mustWait(wait);
  }

  @Override
  public void release(History history, String slot) {
    KeyNames.Keys keys = names.of(history);
    try {
      release
          .send(
              connection,
              keys.forRelease(),
              now(),
              slot,
              Integer.toString(history.capacity()),
              Long.toString(ORPHAN_KEEP_MILLIS))
          .whenComplete((ok, e) -> logLost("release", e));
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  @Override
  public void pause(History history, Duration wait) {
    KeyNames.Keys keys = names.of(history);
    try {
      // Waited for (a 429 is rare): once it returns, every process sees the pause.
      pause.call(
          connection,
          keys.forPause(),
          now(),
          Long.toString(micros(wait)),
          Long.toString(KEY_MARGIN_MILLIS));
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  /**
   * Returns once Redis has run everything this store sent before (releases are not waited for).
   * Other processes may see a release a moment after it was made; tests that play two processes in
   * one JVM call this where the order between them matters.
   */
  void awaitSent() {
    try {
      connection.sync().ping();
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean fallsBackToLocalLimits() {
    return fallback;
  }

  /** Closes the connection. Clients still using the store then fail their calls. */
  @Override
  public void close() {
    connection.close();
    shutdown();
  }

  @Override
  public String toString() {
    return "RedisRateLimitStore[" + where + "]";
  }

  private void shutdown() {
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  /** The caller's clock when one was set, else '' for the Redis server's. */
  private String now() {
    if (clock == null) {
      return "";
    }
    Instant now = clock.instant();
    return Long.toString(now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000);
  }

  private static long micros(Duration duration) {
    return Math.max(0, duration.toNanos() / 1_000);
  }

  private static void logLost(String what, Throwable failure) {
    if (failure != null) {
      // The slot's lease frees it, or the server's next 429 pauses again.
      LOG.debug("A {} did not reach Redis: {}", what, failure.toString());
    }
  }

  private RateLimitStoreException failure(RuntimeException e) {
    return Failures.of(e, where, commandTimeout);
  }

  /** The options of a {@link RedisRateLimitStore}. */
  public static final class Builder {
    private final String uri;
    private Duration commandTimeout = Duration.ofSeconds(1);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration restartQuiet = Duration.ofSeconds(1);
    private boolean fallback;
    private Clock clock;
    private String keyPrefix = "ballkit:rl:";
    private byte[] keySecret = "ballkit-rate-limit-store".getBytes(StandardCharsets.UTF_8);

    private Builder(String uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
    }

    /**
     * Sets how long a call waits for Redis (to answer, or to come back after a broken connection)
     * before it fails with {@link RateLimitStoreException} (default 1 s).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = positive(timeout, "commandTimeout");
      return this;
    }

    /**
     * Sets how long {@link #build()} and each reconnection may take to connect to and greet Redis
     * (default 5 s).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long nothing is admitted after a history is found gone from Redis (default 1 s, the
     * spec's per-second windows).
     *
     * @param quiet not negative
     * @return this builder
     */
    public Builder restartQuiet(Duration quiet) {
      Objects.requireNonNull(quiet, "restartQuiet");
      if (quiet.isNegative()) {
        throw new IllegalArgumentException("restartQuiet must not be negative");
      }
      this.restartQuiet = quiet;
      return this;
    }

    /**
     * While Redis fails, limits calls in each process instead of failing them. Each process then
     * keeps to the whole limit on its own, so N processes can send up to N times the limit (and
     * collect the server's 429s) until Redis answers again; the switch is logged as a warning.
     *
     * @return this builder
     */
    public Builder fallbackToLocalLimits() {
      this.fallback = true;
      return this;
    }

    /**
     * Sets the key that names a token's keys in Redis (an HMAC-SHA256 of the token): the same in
     * every process that shares the token. Without one, a built-in key is used; the token still
     * never reaches Redis, but whoever can read Redis and holds a candidate token could confirm it.
     *
     * @param secret at least 16 bytes
     * @return this builder
     */
    public Builder keySecret(byte[] secret) {
      Objects.requireNonNull(secret, "keySecret");
      if (secret.length < 16) {
        throw new IllegalArgumentException("keySecret must have at least 16 bytes");
      }
      this.keySecret = secret.clone();
      return this;
    }

    /**
     * Sets the prefix of every key (default {@code ballkit:rl:}).
     *
     * @param prefix not blank
     * @return this builder
     */
    public Builder keyPrefix(String prefix) {
      Objects.requireNonNull(prefix, "keyPrefix");
      if (prefix.isBlank()) {
        throw new IllegalArgumentException("keyPrefix must not be blank");
      }
      this.keyPrefix = prefix;
      return this;
    }

    /**
     * Times every decision by this clock instead of the Redis server's (tests with a fake clock).
     * Every process sharing a token must then use the same clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Connects to Redis.
     *
     * @return the store
     * @throws IllegalArgumentException when the URI is not a Redis URI (the URI is not repeated: it
     *     may hold a password)
     * @throws RateLimitStoreException when Redis cannot be reached within the connect timeout
     */
    public RedisRateLimitStore build() {
      RedisURI parsed;
      try {
        parsed = RedisURI.create(uri);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "Not a Redis URI (expected e.g. redis://host:6379): " + e.getClass().getSimpleName());
      }
      return new RedisRateLimitStore(this, parsed);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return duration;
    }
  }
}
