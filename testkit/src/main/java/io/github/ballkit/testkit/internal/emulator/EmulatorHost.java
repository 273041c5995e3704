package io.github.ballkit.testkit.internal.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.core.Options;
import io.github.ballkit.testkit.Api;
import io.github.ballkit.testkit.internal.ValidatingServer;
import io.github.ballkit.testkit.internal.Violation;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs an {@link Emulator} inside a spec-validating WireMock server. Like the real services, it
 * answers with a {@code Content-Length} and no content coding (WireMock would otherwise gzip for
 * clients that accept it and chunk the body), so a download's size is known up front.
 */
public final class EmulatorHost implements AutoCloseable {
  private final ValidatingServer server;

  /**
   * Starts the emulator.
   *
   * @param api the API emulated (its spec validates all traffic)
   * @param emulator the emulator
   * @param port the port, or 0 for a free one
   * @param outsideSpec raw paths the emulator serves that are not part of the API
   * @param onViolation called for each violation as it is found
   */
  public EmulatorHost(
      Api api,
      Emulator emulator,
      int port,
      Predicate<String> outsideSpec,
      Consumer<Violation> onViolation) {
    AtomicReference<String> root = new AtomicReference<>();
    this.server =
        new ValidatingServer(
            api,
            port,
            false,
            outsideSpec,
            onViolation,
            config ->
                config
                    .gzipDisabled(true)
                    .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER),
            new EmulatorDispatcher(emulator, root::get));
    root.set(server.rootUrl());
    server
        .wireMock()
        .stubFor(
            any(anyUrl())
                .atPriority(Integer.MAX_VALUE - 1)
                .willReturn(aResponse().withTransformers(EmulatorDispatcher.NAME)));
  }

  /**
   * The base URL for a client: host, port and the spec's base path.
   *
   * @return the URL
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The server root without base path.
   *
   * @return the URL
   */
  public String rootUrl() {
    return server.rootUrl();
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.wireMock().port();
  }

  /**
   * Returns and forgets the violations found so far.
   *
   * @return readable texts, one per violation
   */
  public List<String> takeViolations() {
    return server.takeViolations().stream().map(Violation::describe).toList();
  }

  /** Fails when any exchange broke the spec, and forgets the violations. */
  public void assertNoViolations() {
    server.assertNoViolations();
  }

  @Override
  public void close() {
    server.close();
  }
}
