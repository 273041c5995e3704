package io.github.ballkit.testkit.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import io.github.ballkit.testkit.Api;
import io.github.ballkit.testkit.SpecViolationError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A WireMock server on 127.0.0.1 whose served traffic is validated against one spec, optionally
 * with registration-time stub validation. Shared by the JUnit extension and the emulators.
 */
public final class ValidatingServer implements AutoCloseable {
  private static final long CATCH_UP_MILLIS = 5_000;

  private final ApiSpec spec;
  private final ViolationLog log;
  private final WireMockServer server;

  /**
   * Starts a server.
   *
   * @param api the API whose spec applies
   * @param port the port, or 0 for a free one
   * @param validateStubs whether stubs are checked when registered
   * @param outsideSpec raw paths that are not part of the API and are not validated
   * @param onViolation called for each violation as it is found
   * @param more further WireMock extensions (such as an emulator's dispatcher)
   */
  public ValidatingServer(
      Api api,
      int port,
      boolean validateStubs,
      Predicate<String> outsideSpec,
      Consumer<Violation> onViolation,
      Extension... more) {
    this(api, port, validateStubs, outsideSpec, onViolation, UnaryOperator.identity(), more);
  }

  /**
   * Starts a server with further WireMock settings (such as a proxy's timeout).
   *
   * @param api the API whose spec applies
   * @param port the port, or 0 for a free one
   * @param validateStubs whether stubs are checked when registered
   * @param outsideSpec raw paths that are not part of the API and are not validated
   * @param onViolation called for each violation as it is found
   * @param configure adjusts WireMock's configuration before the server starts
   * @param more further WireMock extensions (such as an emulator's dispatcher)
   */
  public ValidatingServer(
      Api api,
      int port,
      boolean validateStubs,
      Predicate<String> outsideSpec,
      Consumer<Violation> onViolation,
      UnaryOperator<WireMockConfiguration> configure,
      Extension... more) {
    SpecValidator validator = SpecValidator.of(api);
    this.spec = validator.spec();
    this.log = new ViolationLog(onViolation);
    List<Extension> extensions = new ArrayList<>(List.of(more));
    extensions.add(new TrafficValidator(validator, log, outsideSpec));
    if (validateStubs) {
      extensions.add(new StubValidator(validator));
    }
    WireMockConfiguration config =
        options()
            .bindAddress("127.0.0.1")
            .jettyAcceptors(1)
            .containerThreads(16)
            .maxRequestJournalEntries(10_000)
            .notifier(new Slf4jNotifier(false))
            .extensions(extensions.toArray(Extension[]::new));
    config = port == 0 ? config.dynamicPort() : config.port(port);
    config = configure.apply(config);
    this.server = new WireMockServer(config);
    server.start();
  }

  /**
   * The WireMock server.
   *
   * @return the server
   */
  public WireMockServer wireMock() {
    return server;
  }

  /**
   * The spec this server validates against.
   *
   * @return the spec
   */
  public ApiSpec spec() {
    return spec;
  }

  /**
   * The URL a client should use as its base URL: host, port and the spec's base path.
   *
   * @return such as {@code http://127.0.0.1:53123/api}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + spec.basePath();
  }

  /**
   * The server root, without the spec's base path.
   *
   * @return such as {@code http://127.0.0.1:53123}
   */
  public String rootUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Violations found so far, after waiting for in-flight exchanges to be checked.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    log.awaitChecked(server.getAllServeEvents().size(), CATCH_UP_MILLIS);
    return log.violations();
  }

  /**
   * Returns and forgets the violations found so far.
   *
   * @return the violations
   */
  public List<Violation> takeViolations() {
    List<Violation> found = violations();
    server.resetRequests();
    log.clear();
    return found;
  }

  /**
   * Fails when any violation was found, and forgets them.
   *
   * @throws SpecViolationError listing each violation
   */
  public void assertNoViolations() {
    List<Violation> found = takeViolations();
    if (!found.isEmpty()) {
      throw new SpecViolationError(report(spec.api(), found));
    }
  }

  /** Removes stubs and the request journal, and forgets violations. */
  public void reset() {
    server.resetAll();
    log.clear();
  }

  /**
   * Renders violations for a failure message.
   *
   * @param api the API
   * @param found the violations
   * @return the report
   */
  public static String report(Api api, List<Violation> found) {
    StringBuilder out =
        new StringBuilder()
            .append(found.size())
            .append(found.size() == 1 ? " violation" : " violations")
            .append(" of the ")
            .append(api.name().toLowerCase())
            .append(" spec in the served traffic:");
    for (Violation v : found) {
      out.append("\n- ").append(v.describe());
    }
    return out.toString();
  }

  @Override
  public void close() {
    server.stop();
  }
}
