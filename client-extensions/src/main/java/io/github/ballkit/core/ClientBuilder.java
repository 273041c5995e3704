package io.github.ballkit.core;

import io.github.ballkit.core.internal.ApiDefinition;
import io.github.ballkit.core.internal.Backoff;
import io.github.ballkit.core.internal.BuilderChecks;
import io.github.ballkit.core.internal.CallEvents;
import io.github.ballkit.core.internal.ClientCore;
import io.github.ballkit.core.internal.HttpPool;
import io.github.ballkit.core.internal.RuntimeSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The options both clients share. Each client's {@code builder()} returns a subclass; {@link
 * ApiClient#newBuilder()} returns one holding that client's options and its connection pool.
 *
 * <p>The runtime these options build is internal: {@link ApiClient} builds it from the API the
 * client's builder names in its constructor. That constructor is the one member naming an internal
 * type; the module does not export the type, and the Javadoc hides the constructor.
 *
 * <p>A copy is a {@linkplain Object#clone() shallow clone}, subclass options included, so no
 * builder writes a copy method: every option is an immutable value or an object meant to be shared
 * (the JDK client, the transport, the clock). A subclass must keep it that way.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> implements Cloneable {
  /**
   * The default of {@link #maxJsonResponseBytes(int)}: 16 MiB, far above any answer of either API
   * (a page of 200 replays is about a megabyte).
   */
  public static final int DEFAULT_MAX_JSON_RESPONSE_BYTES = RuntimeSettings.DEFAULT_MAX_JSON_BYTES;

  /** The largest {@link #maxJsonResponseBytes(int)}: about the largest array the JVM makes. */
  public static final int MAX_JSON_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 16;

  private final String tokenVariable;
  private final String baseUrlVariable;
  private final ApiDefinition api;
  private String token;
  private String baseUrl;
  private HttpClient httpClient;
  private HttpPool inheritedPool;
  private feign.Client transport;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = Duration.ofMinutes(2);
  private int maxRetries = 3;
  private Backoff backoff = Backoff.DEFAULT;
  private int maxJsonResponseBytes = DEFAULT_MAX_JSON_RESPONSE_BYTES;
  private RateLimitStore rateLimitStore;
  private EventListener eventListener = EventListener.NONE;
  private Executor asyncExecutor;

  /**
   * For ballkit's own clients: their builders name the API they build a client of.
   *
   * @param tokenVariable the environment variable {@link #environment(Map)} reads the token from
   * @param baseUrlVariable the one it reads the base URL from
   * @param api what is specific to the API
   * @hidden
   */
  @SuppressWarnings("exports") // ApiDefinition is internal: the module does not export it
  protected ClientBuilder(String tokenVariable, String baseUrlVariable, ApiDefinition api) {
    this.tokenVariable = tokenVariable;
    this.baseUrlVariable = baseUrlVariable;
    this.api = api;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sets the API token (required).
   *
   * @param token the token
   * @return this builder
   */
  public B token(String token) {
    this.token = token;
    return self();
  }

  /**
   * Sets the server, e.g. a local mock's URL. Defaults to the spec's server. {@code build()} checks
   * that it is an absolute http(s) URL without query or fragment.
   *
   * @param baseUrl the base URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * Reads the token and, when set, the base URL from the environment variables named in the
   * client's {@code fromEnv()}.
   *
   * @param environment the environment, usually {@code System.getenv()}
   * @return this builder
   */
  public B environment(Map<String, String> environment) {
    String envToken = environment.get(tokenVariable);
    if (envToken != null && !envToken.isBlank()) {
      token = envToken;
    }
    String envUrl = environment.get(baseUrlVariable);
    if (envUrl != null && !envUrl.isBlank()) {
      baseUrl = envUrl;
    }
    return self();
  }

  /**
   * Sets the connect timeout (default 10 s). It belongs to the connection pool: a copy from {@code
   * newBuilder()} with another connect timeout gets a pool of its own, and with {@link
   * #httpClient(HttpClient)} the JDK client's own connect timeout applies instead.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * Sets the per-attempt timeout for a complete JSON response, or for the headers of a download,
   * redirects included; a download's body then fails with a timeout when one read waits this long
   * for data (default 30 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * Sets the deadline of a whole call, including rate-limit waits and retries (default 2 min). A
   * download's call ends when its headers arrive; each read of its body is then bounded by the read
   * timeout instead.
   *
   * @param timeout the deadline
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * Sets how often a retry-safe call is retried after a connection failure or a 502/503/504
   * (default 3; 0 disables). These are ballkit's attempts; over HTTP/1.1 the JDK's client itself
   * sends a GET once more when its connection fails before any byte of the answer arrives, so such
   * a GET may reach the server twice per attempt (the README's retries section says exactly when).
   *
   * @param maxRetries the number of retries
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
    this.maxRetries = maxRetries;
    return self();
  }

  /**
   * Sets the backoff between retries that have no {@code Retry-After}: attempt n waits between half
   * and all of {@code base * 2^(n-1)}, at most {@code max}.
   *
   * @param base the first delay
   * @param max the cap
   * @return this builder
   */
  public B backoff(Duration base, Duration max) {
    this.backoff = new Backoff(positive(base, "base"), positive(max, "max"));
    return self();
  }

  /**
   * Sets the largest JSON body of a success response the client reads (default {@value
   * #DEFAULT_MAX_JSON_RESPONSE_BYTES} bytes, 16 MiB). Reading stops there: a larger body fails with
   * a {@link ResponseTooLargeException}, not retried, and costs at most this much memory. Error
   * bodies are cut to their first 64 KiB instead, and downloads stream with no limit.
   *
   * @param maxBytes the limit, from 1 to {@value #MAX_JSON_RESPONSE_BYTES_LIMIT}
   * @return this builder
   */
  public B maxJsonResponseBytes(int maxBytes) {
    if (maxBytes < 1 || maxBytes > MAX_JSON_RESPONSE_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxJsonResponseBytes must be between 1 and " + MAX_JSON_RESPONSE_BYTES_LIMIT);
    }
    this.maxJsonResponseBytes = maxBytes;
    return self();
  }

  /**
   * Uses this JDK client (and its connection pool), whose own connect timeout then applies. It must
   * not follow redirects itself.
   *
   * @param httpClient the client
   * @return this builder
   */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * Sends requests through another Feign transport (OkHttp, Apache HC5, a test double) instead of
   * the built-in {@code java.net.http} one. Rate limits, retries, auth and typed errors still
   * apply, since they sit above the transport; redirects and timeouts become the transport's
   * business, so make sure it never forwards {@code Authorization} to another host. Ballistica's
   * signed-URL uploads always use the JDK client.
   *
   * @param transport the Feign client to send with
   * @return this builder
   */
  public B transport(feign.Client transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return self();
  }

  /**
   * Sets the clock used for deadlines, rate limits and {@code Retry-After} dates (tests).
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Sets how the client waits (tests inject a fake that advances a fake clock).
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Keeps the rate-limit histories in a store shared by several processes (e.g. {@code
   * RedisRateLimitStore} from {@code ballkit-redis}), so that every process using one token keeps
   * to the token's limits together. By default each JVM keeps its own histories in memory.
   *
   * @param store the store, shared by the clients of every process using the token
   * @return this builder
   */
  public B rateLimitStore(RateLimitStore store) {
    this.rateLimitStore = Objects.requireNonNull(store, "store");
    return self();
  }

  /**
   * Sets the listener that hears every call's start and end, retries, 429s, rate-limiter waits and
   * bytes moved (see {@link EventListener}; {@code ballkit-micrometer} turns them into metrics).
   * Copies from {@code newBuilder()} keep it.
   *
   * @param listener the listener
   * @return this builder
   */
  public B eventListener(EventListener listener) {
    this.eventListener = Objects.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * Sets the executor the calls of {@code client.async()} run on. By default each client starts, on
   * its first async call, a pool of up to {@value
   * io.github.ballkit.core.internal.AsyncCalls#THREADS} daemon threads that end when idle. An
   * executor that runs tasks on the caller's thread makes async calls blocking. Cancelling a future
   * interrupts the thread running its call, so the executor's threads must be interruptible (any
   * {@code ExecutorService}'s are).
   *
   * @param executor the executor
   * @return this builder
   */
  public B asyncExecutor(Executor executor) {
    this.asyncExecutor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /**
   * Builds the client. Fails here, before any request, when no token is set.
   *
   * @return the client
   * @throws IllegalStateException when the token is missing, blank or has characters that cannot be
   *     sent in a header, or the base URL is not an absolute http(s) URL
   */
  public abstract C build();

  /**
   * Returns the spec's rate-limit tier whose limits the client keeps to. ballchasing's builder
   * returns the tier it was given; the default suits an API whose spec states no limits.
   *
   * @return the tier as the spec names it, e.g. {@code gold}, or {@code null} for no client-side
   *     limits
   */
  protected @Nullable String rateLimitTier() {
    return null;
  }

  /**
   * Builds the shared runtime these options describe, for {@link ApiClient}.
   *
   * @return the runtime
   * @throws IllegalStateException when the token is missing, blank or has characters that cannot be
   *     sent in a header, or the base URL is not an absolute http(s) URL
   */
  ClientCore newCore() {
    if (api == null) {
      throw new IllegalStateException(
          getClass().getName() + " names no API: only ballkit's own clients have builders");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalStateException(
          "No "
              + api.name()
              + " API token: call token(...) on the builder or set the environment variable "
              + tokenVariable);
    }
    String value = token.strip();
    int unsendable = BuilderChecks.firstUnsendable(value);
    if (unsendable >= 0) {
      // Never echo the value: it is a credential, and may be one pasted with a line break.
      throw new IllegalStateException(
          String.format(
              "The %s API token has a character that cannot be sent in an HTTP header (U+%04X at"
                  + " position %d): a token is printable ASCII without spaces. Check the value"
                  + " given to token(...) or the environment variable %s",
              api.name(), (int) value.charAt(unsendable), unsendable + 1, tokenVariable));
    }
    if (baseUrl != null) {
      checkBaseUrl();
    }
    String tier = rateLimitTier();
    RuntimeSettings settings =
        new RuntimeSettings(
            clock,
            sleeper,
            connectTimeout,
            readTimeout,
            callTimeout,
            maxRetries,
            RuntimeSettings.MAX_RATE_LIMIT_RETRIES,
            backoff,
            maxJsonResponseBytes,
            new CallEvents(api.name(), eventListener, clock));
    return new ClientCore(
        api, value, baseUrl, tier, settings, httpClient, inheritedPool, transport, rateLimitStore);
  }

  private void checkBaseUrl() {
    String problem = BuilderChecks.baseUrlProblem(baseUrl);
    if (problem != null) {
      throw new IllegalStateException(
          "Invalid "
              + api.name()
              + " base URL '"
              + baseUrl
              + "': "
              + problem
              + ". Check the value given to baseUrl(...) or the environment variable "
              + baseUrlVariable);
    }
  }

  /** The executor of async calls, or {@code null} for the client's own pool. */
  Executor asyncExecutor() {
    return asyncExecutor;
  }

  /**
   * Lets the client this copy builds share a pool, as long as the copy keeps its connect timeout
   * and the pool is still open.
   *
   * @param pool the connection pool of the client it was copied from
   */
  void sharePool(HttpPool pool) {
    inheritedPool = pool;
  }

  /**
   * Returns a copy of these options, the subclass's own included (see the class comment).
   *
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  B copy() {
    try {
      return (B) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError("ClientBuilder is Cloneable", e);
    }
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return duration;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[baseUrl=" + baseUrl + ", token=<redacted>]";
  }
}
