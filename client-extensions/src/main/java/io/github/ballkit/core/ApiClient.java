package io.github.ballkit.core;

import io.github.ballkit.core.internal.AsyncCalls;
import io.github.ballkit.core.internal.ClientCore;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every ballkit client is besides its API: the runtime its builder's options describe, a
 * builder for copies that share its connection pool, one call together with its HTTP exchange, and
 * the server it talks to. {@code BallchasingClient} and {@code BallisticaClient} add only their
 * API's methods and configuration, as one {@code OkHttpClient} serves every host.
 *
 * <p>The runtime is internal: subclasses reach the generated interfaces through {@link #api}, and
 * the rest of it through {@code core()}, which the Javadoc hides and whose type the module does not
 * export.
 *
 * @param <C> the concrete client
 * @param <B> its builder
 */
public abstract class ApiClient<C extends ApiClient<C, B>, B extends ClientBuilder<B, C>>
    implements AutoCloseable {
  private final ClientCore core;
  private final B options;
  private final AsyncCalls async;

  /**
   * Builds the runtime the builder's options describe, and keeps a copy of the options for {@link
   * #newBuilder()}.
   *
   * @param builder the options; later changes to it do not reach this client
   * @throws IllegalStateException when the token is missing, blank or has characters that cannot be
   *     sent in a header, or the base URL is not an absolute http(s) URL
   */
  protected ApiClient(B builder) {
    this.core = builder.newCore();
    this.options = builder.copy();
    this.async = new AsyncCalls(builder.asyncExecutor());
  }

  /**
   * Returns a builder with this client's options that shares its connection pool: a cheap way to a
   * copy with, say, another timeout. A copy given another {@code connectTimeout} gets a pool of its
   * own, since the pool's connections are made with it, and so does one built after every client of
   * the pool was closed. Each client built on the pool is one of its holders: see {@link #close()}.
   *
   * @return the builder
   */
  public B newBuilder() {
    B copy = options.copy();
    copy.sharePool(core.pool());
    return copy;
  }

  /**
   * Closes the client: later calls on it fail with a {@link ClientClosedException} before anything
   * is sent. The connection pool and the threads this client shares with its {@link #newBuilder()}
   * copies are shut down when the last of them is closed; a JDK client given with {@code
   * httpClient(...)} is left alone. Calls in flight are not cut off: they end as they would have.
   * Closing again does nothing.
   */
  @Override
  public void close() {
    core.close();
  }

  /**
   * Runs one call and returns its value with the HTTP status, headers and operation name of the
   * same exchange, like pychasing's {@code Response}.
   *
   * <pre>{@code
   * ApiResponse<Replay> response = client.exchange(c -> c.replays().getReplay(id));
   * response.status(); response.operation(); response.value();
   * }</pre>
   *
   * @param call one API call through this client
   * @param <T> the value type
   * @return the value with its exchange
   */
  public <T> ApiResponse<T> exchange(Function<C, T> call) {
    return core.exchange(() -> call.apply(self()));
  }

  /**
   * Returns the server this client talks to.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return core.baseUrl();
  }

  /**
   * Returns the proxy of one of the API's generated interfaces (one per interface, made on first
   * use).
   *
   * @param type the generated interface, e.g. {@code ReplaysApi.class}
   * @param <T> its type
   * @return the proxy
   */
  protected <T> T api(Class<T> type) {
    return core.api(type);
  }

  /**
   * Returns the streamed body of a download, or throws the typed error of a failed one (Feign hands
   * {@link feign.Response}-typed results back undecoded).
   *
   * @param operation the operationId
   * @param response what the generated method returned
   * @return the body stream; closing it releases the connection
   */
  protected InputStream bodyOrThrow(String operation, feign.Response response) {
    return core.bodyOrThrow(operation, response);
  }

  /**
   * Runs blocking calls of this client on its async executor ({@code builder.asyncExecutor}), for
   * the client's {@code async()}: the same calls, so they share rate limits, retries and deadlines
   * with synchronous ones. Cancelling the future stops the call: one not started never runs, a
   * running one is interrupted, which ends its rate-limit wait or abandons its exchange and gives
   * its rate-limit slot back.
   *
   * @param call the blocking calls
   * @param <T> their result
   * @return the future result
   */
  protected <T> CompletableFuture<T> submitAsync(Supplier<T> call) {
    return async.submit(call);
  }

  /**
   * Returns the runtime, for ballkit's own clients and what they do beyond the generated interfaces
   * (Ballistica's upload sequence, streamed downloads).
   *
   * @return the runtime
   * @hidden
   */
  @SuppressWarnings("exports") // ClientCore is internal: the module does not export it
  protected final ClientCore core() {
    return core;
  }

  /** The JDK client this client sends with (tests check what copies share). */
  HttpClient pool() {
    return core.http("pool");
  }

  @SuppressWarnings("unchecked")
  private C self() {
    return (C) this;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + baseUrl() + "]";
  }
}
