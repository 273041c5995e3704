package io.github.ballkit.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.Retryer;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ApiResponse;
import io.github.ballkit.core.ClientClosedException;
import io.github.ballkit.core.RateLimitStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The one runtime both clients are made of: Feign wired with ballkit's transport, rate limiting,
 * retries, auth, codecs and typed errors, configured by an {@link ApiDefinition} and the spec.
 */
public final class ClientCore {
  private final ApiDefinition api;
  private final SpecMetadata spec;
  private final String baseUrl;
  private final RuntimeSettings settings;
  private final HttpPool pool;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final JdkHttpTransport jdk;
  private final BallkitErrorDecoder errors;
  private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> feignProxies = new ConcurrentHashMap<>();

  /** What the Feign runtime is assembled from on the first call, not in {@code build()}. */
  private final Redactor redactor;

  private final feign.Client transport;
  private final RateLimiters limiters;
  private final AuthInterceptor auth;
  private final Operations operations;
  private final String authorization;
  private volatile Feign feign;
  private ResilientClient resilient; // guarded by this
  private volatile DirectCalls direct;

  /**
   * Builds the runtime.
   *
   * @param api what is specific to the API
   * @param token the API token; must not be blank
   * @param baseUrl the server, or {@code null} for the spec's first server
   * @param tier the rate-limit tier, or {@code null} to apply no client-side limits
   * @param settings timeouts, retries, clock and sleeper
   * @param http the caller's JDK client, or {@code null}
   * @param inherited the pool of the client this one is a copy of, or {@code null}
   * @param transport another Feign transport to send API calls with, or {@code null} for the JDK
   * @param rateLimitStore where the rate-limit histories live, or {@code null} for this JVM
   */
  public ClientCore(
      ApiDefinition api,
      String token,
      String baseUrl,
      String tier,
      RuntimeSettings settings,
      HttpClient http,
      HttpPool inherited,
      feign.Client transport,
      RateLimitStore rateLimitStore) {
    this.api = api;
    this.spec = api.spec();
    this.baseUrl = stripTrailingSlash(baseUrl == null ? spec.defaultServer() : baseUrl);
    this.settings = settings;
    if (http != null && http.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "the HttpClient must not follow redirects itself (use HttpClient.Redirect.NEVER):"
              + " ballkit follows them without sending the token to other hosts");
    }
    Redactor redactor = new Redactor(token);
    this.pool = pool(http, inherited, settings.connectTimeout());
    this.jdk =
        new JdkHttpTransport(pool, redactor, settings.readTimeout(), settings.maxJsonBytes());
    this.errors = new BallkitErrorDecoder(api, settings.clock(), redactor);
    Operations operations = new Operations(spec);
    RateLimiters limiters =
        tier == null || !spec.hasRateLimits()
            ? null
            : new RateLimiters(spec, this.baseUrl, token, tier, rateLimitStore, settings);
    this.redactor = redactor;
    this.transport = transport;
    this.limiters = limiters;
    this.operations = operations;
    this.auth = new AuthInterceptor(operations, api.authScheme(), token, null);
    this.authorization = api.authScheme().isEmpty() ? token : api.authScheme() + " " + token;
  }

  /**
   * Returns the Feign runtime, assembling it on first use. Deferred from {@code build()} because
   * loading Feign, its contract and SLF4J costs tens of milliseconds in a cold JVM, which the first
   * call pays anyway and a client built but never used should not.
   */
  private Feign feign() {
    Feign built = feign;
    if (built != null) {
      return built;
    }
    synchronized (this) {
      if (feign == null) {
        feign = assemble();
      }
      return feign;
    }
  }

  /**
   * The layer every request goes through, Feign's and direct ones alike, made on first use. Called
   * holding this runtime's lock, from {@link #feign()} and {@link #direct()}.
   */
  private ResilientClient resilient() {
    if (resilient == null) {
      resilient =
          new ResilientClient(
              transport != null ? transport : jdk, operations, limiters, settings, closed::get);
    }
    return resilient;
  }

  /** The runtime of the operations sent without Feign's proxy, made on first use. */
  private DirectCalls direct() {
    DirectCalls made = direct;
    if (made != null) {
      return made;
    }
    synchronized (this) {
      if (direct == null) {
        direct =
            new DirectCalls(
                spec,
                baseUrl,
                resilient(),
                new BallkitDecoder(Json::shared, api.models(), redactor, settings.maxJsonBytes()),
                errors,
                new RedactingLogger(redactor),
                new ResponseCapture(redactor),
                userAgent(api),
                authorization,
                options(),
                this::feignApi);
      }
      return direct;
    }
  }

  private Request.Options options() {
    return new Request.Options(
        settings.connectTimeout().toMillis(),
        TimeUnit.MILLISECONDS,
        settings.readTimeout().toMillis(),
        TimeUnit.MILLISECONDS,
        false);
  }

  private Feign assemble() {
    return Feign.builder()
        .client(resilient())
        .contract(new SpecContract(operations))
        .encoder(Codecs.encoder())
        .decoder(new BallkitDecoder(Json::shared, api.models(), redactor, settings.maxJsonBytes()))
        .errorDecoder(errors)
        .queryMapEncoder(Codecs.queryMapEncoder())
        .requestInterceptor(auth.withUserAgent(userAgent(api)))
        .requestInterceptor(new PathGuard())
        .responseInterceptor(new ResponseCapture(redactor))
        .retryer(Retryer.NEVER_RETRY)
        .logger(new RedactingLogger(redactor))
        .logLevel(Logger.Level.HEADERS)
        .options(options())
        .build();
  }

  /**
   * The pool to use: the caller's JDK client; else the pool of the client this is a copy of, when
   * its connections are made with this connect timeout and it is still open; else a new one.
   */
  private static HttpPool pool(HttpClient http, HttpPool inherited, Duration connectTimeout) {
    if (http != null) {
      HttpPool callers = HttpPool.of(http);
      callers.retain();
      return callers;
    }
    if (inherited != null
        && inherited.connectTimeout().equals(Optional.of(connectTimeout))
        && inherited.retain()) {
      return inherited;
    }
    return HttpPool.create(connectTimeout);
  }

  /**
   * Closes this client's hold on its pool; the last client of a pool to close shuts it down.
   * Idempotent.
   */
  public void close() {
    if (closed.compareAndSet(false, true)) {
      pool.release();
    }
  }

  /**
   * Returns the pool, for copies to share.
   *
   * @return the pool
   */
  public HttpPool pool() {
    return pool;
  }

  /**
   * Returns the implementation of a generated interface: the generated Feign-free one, whose
   * operations without query, header or body parameters are sent directly, else the Feign proxy
   * (one per interface, created on first use).
   *
   * @param type the generated interface
   * @param <T> its type
   * @return the proxy
   */
  public <T> T api(Class<T> type) {
    return type.cast(proxies.computeIfAbsent(type, this::implementation));
  }

  /** The generated Feign-free implementation of an interface, else its Feign proxy. */
  private Object implementation(Class<?> type) {
    Object direct = api.hooks().direct(type, direct());
    return direct != null ? direct : feignApi(type);
  }

  /**
   * Returns the Feign proxy of a generated interface, even where a direct implementation exists.
   *
   * @param type the generated interface
   * @param <T> its type
   * @return the proxy
   */
  <T> T viaFeign(Class<T> type) {
    return type.cast(feignApi(type));
  }

  /**
   * Tells whether Feign's runtime has been assembled, which only an operation needing it does.
   *
   * @return true once assembled
   */
  boolean feignAssembled() {
    return feign != null;
  }

  private Object feignApi(Class<?> type) {
    return feignProxies.computeIfAbsent(type, key -> feign().newInstance(target(key)));
  }

  private <T> feign.Target<T> target(Class<T> type) {
    return new feign.Target.HardCodedTarget<>(type, api.name(), baseUrl);
  }

  /**
   * Runs one call and returns its value together with the HTTP exchange.
   *
   * @param call one API call made through this runtime on the calling thread
   * @param <T> the value type
   * @return the value, status, headers and operation
   */
  public <T> ApiResponse<T> exchange(Supplier<T> call) {
    return ResponseCapture.exchange(call);
  }

  /**
   * Returns the streamed body of a binary response, or throws the typed error for a failed one
   * (Feign hands {@link Response}-typed results back undecoded).
   *
   * @param operation the operationId
   * @param response the raw response
   * @return the body stream; closing it releases the connection
   */
  public InputStream bodyOrThrow(String operation, Response response) {
    if (response.status() < 200 || response.status() >= 300) {
      ApiException error = errors.toException(operation, response);
      response.close();
      throw error;
    }
    try {
      return response.body() == null
          ? InputStream.nullInputStream()
          : response.body().asInputStream();
    } catch (IOException e) {
      response.close();
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the spec facts.
   *
   * @return the metadata
   */
  public SpecMetadata spec() {
    return spec;
  }

  /**
   * Returns the base URL requests go to.
   *
   * @return the base URL, without trailing slash
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the JDK client, to send requests outside the spec (signed upload URLs).
   *
   * @param operation the operation that needs it, for the error
   * @return the JDK client
   * @throws ClientClosedException once the client is closed
   */
  public HttpClient http(String operation) {
    HttpClient http = jdk.http();
    if (closed.get() || http == null) {
      throw new ClientClosedException(operation);
    }
    return http;
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public RuntimeSettings settings() {
    return settings;
  }

  /**
   * Returns the mapper.
   *
   * @return the Jackson mapper all clients share, created on first use
   */
  public ObjectMapper json() {
    return Json.shared();
  }

  /**
   * Returns the User-Agent ballkit sends.
   *
   * @param api the API
   * @return e.g. {@code ballkit/0.1.0 (ballchasing; Java 17.0.15)}
   */
  static String userAgent(ApiDefinition api) {
    return "ballkit/"
        + version()
        + " ("
        + api.name()
        + "; Java "
        + System.getProperty("java.version")
        + ")";
  }

  /**
   * Returns ballkit's version, from the jar.
   *
   * @return the version, or {@code dev} when unknown
   */
  public static String version() {
    try (InputStream in =
        ClientCore.class.getResourceAsStream("/io/github/ballkit/core/ballkit.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public String toString() {
    return "ClientCore[" + api.name() + " " + baseUrl + "]";
  }
}
