package io.github.ballkit.testkit;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ballkit.testkit.internal.ProxyServer;
import io.github.ballkit.testkit.internal.ValidatingServer;
import io.github.ballkit.testkit.internal.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The testkit's spec validation in front of any server: a WireMock proxy on 127.0.0.1 that forwards
 * every request to the target (a mock of your own, Prism, the live API) and checks each request and
 * response against the spec, as {@link BallkitMock} does for its own stubs.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ValidatingProxy proxy = ValidatingProxy.start(Api.BALLCHASING, "http://127.0.0.1:4010");
 *
 * @Test void readsReplays() {
 *   var client = BallchasingClient.builder().token("t").baseUrl(proxy.baseUrl()).build();
 *   client.replays().getReplay("some-id"); // a response that breaks the spec fails the test
 * }
 * }</pre>
 *
 * <p>Registered {@code static} with {@code @RegisterExtension}, it fails each test whose traffic
 * broke the spec ({@link SpecViolationError}) and stops after the class; used on its own, call
 * {@link #assertNoViolations()} and {@link #close()}. The traffic can be kept as WireMock stubs
 * checked against the spec ({@link #recordedStubs()}, {@link #writeStubs(Path)}), to replay later
 * with {@link BallkitMock} or plain WireMock.
 */
public final class ValidatingProxy implements AutoCloseable, AfterEachCallback, AfterAllCallback {
  private final Api api;
  private final ProxyServer server;

  private ValidatingProxy(Builder builder) {
    this.api = builder.api;
    this.server = new ProxyServer(builder.api, builder.target, builder.port, builder.timeout);
  }

  /**
   * Starts a proxy on a free port with a 30 s timeout per forwarded request.
   *
   * @param api the API whose spec the traffic must fit
   * @param targetBaseUrl the server's base URL, as a client would use it (such as {@code
   *     https://ballchasing.com/api} or {@code http://127.0.0.1:4010})
   * @return the running proxy
   */
  public static ValidatingProxy start(Api api, String targetBaseUrl) {
    return builder(api, targetBaseUrl).start();
  }

  /**
   * Options for a proxy.
   *
   * @param api the API whose spec the traffic must fit
   * @param targetBaseUrl the server's base URL, as a client would use it
   * @return a builder
   */
  public static Builder builder(Api api, String targetBaseUrl) {
    return new Builder(api, targetBaseUrl);
  }

  /**
   * The base URL to give a client: the proxy's address and the spec's base path, whatever the
   * target's own path is.
   *
   * @return such as {@code http://127.0.0.1:53123/api}
   */
  public String baseUrl() {
    return server.validating().baseUrl();
  }

  /**
   * Returns and forgets the violations found in the traffic so far. An exchange the target gave no
   * HTTP answer to (connection refused or reset, or no answer within the timeout) is one too, under
   * the rule {@code ballkit.proxy.upstream-failed}.
   *
   * @return one readable text per violation
   */
  public List<String> takeViolations() {
    return server.validating().takeViolations().stream().map(Violation::describe).toList();
  }

  /**
   * Fails when any exchange broke the spec, and forgets the violations.
   *
   * @throws SpecViolationError listing them, as {@link BallkitMock} does
   */
  public void assertNoViolations() {
    List<Violation> found = server.validating().takeViolations();
    if (!found.isEmpty()) {
      throw new SpecViolationError(ValidatingServer.report(api, found));
    }
  }

  /**
   * The exchanges forwarded so far (and still in the journal: {@link #takeViolations()} clears it),
   * as WireMock stubs matching their exact URL, each checked against the spec like a stub given to
   * {@link BallkitMock#stubFor}.
   *
   * @return the stubs, in the order of the exchanges
   * @throws InvalidStubException naming every recorded exchange that breaks the spec
   */
  public List<StubMapping> recordedStubs() {
    return server.recordedStubs();
  }

  /**
   * Writes {@link #recordedStubs()} as WireMock mapping files, one per exchange, named after the
   * operation, into a directory that WireMock loads as its {@code mappings} folder.
   *
   * @param mappingsDirectory the directory (created when missing)
   * @return the files written
   * @throws InvalidStubException when a recorded exchange breaks the spec (nothing is written)
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public List<Path> writeStubs(Path mappingsDirectory) {
    return server.writeStubs(mappingsDirectory);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertNoViolations();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Options of a {@link ValidatingProxy}. */
  public static final class Builder {
    private final Api api;
    private final String target;
    private int port;
    private Duration timeout = Duration.ofSeconds(30);

    private Builder(Api api, String target) {
      this.api = api;
      this.target = target;
    }

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * How long a forwarded request may take before the exchange counts as failed (30 s by default).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Starts the proxy.
     *
     * @return the running proxy
     * @throws IllegalArgumentException when the target is not an absolute http(s) URL
     */
    public ValidatingProxy start() {
      return new ValidatingProxy(this);
    }
  }
}
