package io.github.ballkit.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.testkit.internal.ValidatingServer;
import io.github.ballkit.testkit.internal.Violation;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs a spec-validating WireMock server for one API on a free port of
 * 127.0.0.1 and hands the test a client pointed at it.
 *
 * <pre>{@code
 * @RegisterExtension static BallkitMock<BallchasingClient> bc = BallkitMock.ballchasing();
 *
 * @Test void readsReplay() {
 *   bc.stubFor(bc.stubs().operation("getReplay").ok());
 *   var replay = bc.client()...;
 * }
 * }</pre>
 *
 * <p>Every stub is checked against the spec when it is registered ({@link InvalidStubException} at
 * once), and every request and response WireMock serves is checked too: a violation fails the test
 * after it ran ({@link SpecViolationError}). Stubs and the request journal are reset after each
 * test. Register it {@code static} to share one server per class, or as an instance field for one
 * server per test. The ballchasing client keeps to no client-side rate limits unless a customizer
 * asks for a tier ({@link #ballchasing(Consumer)}).
 *
 * @param <C> the client type handed to tests
 */
public final class BallkitMock<C>
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final Api api;
  private final Function<String, C> clientFactory;
  private ValidatingServer server;
  private boolean startedForClass;
  private C client;

  private BallkitMock(Api api, Function<String, C> clientFactory) {
    this.api = api;
    this.clientFactory = clientFactory;
  }

  /** The token of the clients handed to tests. */
  public static final String TEST_TOKEN = "test-token";

  /**
   * A ballchasing.com mock whose {@link #client()} is a {@link BallchasingClient} with token
   * {@value #TEST_TOKEN} and no client-side rate limits, so a test never waits for the spec's
   * per-second or per-hour caps (429s the mock serves are still honoured).
   *
   * @return the extension
   */
  public static BallkitMock<BallchasingClient> ballchasing() {
    return ballchasing(builder -> {});
  }

  /**
   * A ballchasing.com mock whose client is built like {@link #ballchasing()} and then adjusted by
   * the customizer, which sees the builder after the defaults are set: {@code builder ->
   * builder.tier(PatronTier.GOLD)} keeps a tier's limits, {@code builder -> builder.clock(clock)
   * .sleeper(clock::advance)} makes their waits simulated.
   *
   * @param customizer changes the builder before {@code build()}
   * @return the extension
   */
  public static BallkitMock<BallchasingClient> ballchasing(
      Consumer<BallchasingClient.Builder> customizer) {
    return of(
        Api.BALLCHASING,
        baseUrl -> {
          BallchasingClient.Builder builder =
              BallchasingClient.builder().token(TEST_TOKEN).baseUrl(baseUrl).noRateLimits();
          customizer.accept(builder);
          return builder.build();
        });
  }

  /**
   * A Ballistica mock whose {@link #client()} is a {@link BallisticaClient} with token {@value
   * #TEST_TOKEN} (the Ballistica client has no client-side rate limits).
   *
   * @return the extension
   */
  public static BallkitMock<BallisticaClient> ballistica() {
    return ballistica(builder -> {});
  }

  /**
   * A Ballistica mock whose client is built like {@link #ballistica()} and then adjusted by the
   * customizer, e.g. {@code builder -> builder.maxRetries(0)}.
   *
   * @param customizer changes the builder before {@code build()}
   * @return the extension
   */
  public static BallkitMock<BallisticaClient> ballistica(
      Consumer<BallisticaClient.Builder> customizer) {
    return of(
        Api.BALLISTICA,
        baseUrl -> {
          BallisticaClient.Builder builder =
              BallisticaClient.builder().token(TEST_TOKEN).baseUrl(baseUrl);
          customizer.accept(builder);
          return builder.build();
        });
  }

  /**
   * A mock whose client is built by the given factory from the base URL. Use it to test code that
   * brings its own HTTP client.
   *
   * @param api the API to mock
   * @param clientFactory builds the test's client from {@link #baseUrl()}
   * @param <C> the client type
   * @return the extension
   */
  public static <C> BallkitMock<C> of(Api api, Function<String, C> clientFactory) {
    return new BallkitMock<>(api, clientFactory);
  }

  /**
   * A mock without a client: use {@link #baseUrl()} with any HTTP client.
   *
   * @param api the API to mock
   * @return the extension
   */
  public static BallkitMock<String> of(Api api) {
    return new BallkitMock<>(api, baseUrl -> baseUrl);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
    startedForClass = true;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Violation> found = server.violations();
    server.reset();
    if (!startedForClass) {
      stop();
    }
    if (!found.isEmpty()) {
      throw new SpecViolationError(ValidatingServer.report(api, found));
    }
  }

  private void start() {
    server = new ValidatingServer(api, 0, true, path -> false, v -> {});
    client = null;
  }

  private void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /**
   * The base URL of the mock: host, port and the spec's base path.
   *
   * @return such as {@code http://127.0.0.1:53123/api}
   */
  public String baseUrl() {
    return running().baseUrl();
  }

  /**
   * A client pointed at this mock (built once per server).
   *
   * @return the client
   */
  public C client() {
    if (client == null) {
      client = clientFactory.apply(baseUrl());
    }
    return client;
  }

  /**
   * Ready-made stubs of this API, built from the spec's examples.
   *
   * @return the stubs
   */
  public Stubs stubs() {
    return Stubs.of(api);
  }

  /**
   * Registers a stub after checking it against the spec.
   *
   * @param stub the stub, e.g. from {@link #stubs()}
   * @return the registered mapping
   * @throws InvalidStubException when the stub breaks the spec
   */
  public StubMapping stubFor(MappingBuilder stub) {
    return running().wireMock().stubFor(stub);
  }

  /**
   * The WireMock server, for verification ({@code verify(...)}) and anything else WireMock does.
   *
   * @return the server
   */
  public WireMockServer wireMock() {
    return running().wireMock();
  }

  /**
   * Returns the violations found so far in this test and forgets them, so a test that provokes a
   * violation on purpose can assert on it instead of failing. The request journal is cleared with
   * them (so {@code verify} only sees later requests); stubs stay.
   *
   * @return one readable text per violation
   */
  public List<String> takeViolations() {
    return running().takeViolations().stream().map(Violation::describe).toList();
  }

  private ValidatingServer running() {
    if (server == null) {
      throw new IllegalStateException(
          "the mock is not running: register it with @RegisterExtension");
    }
    return server;
  }
}
