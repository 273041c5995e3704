package io.github.ballkit.testkit;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.core.ClientBuilder;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.ProxyServer;
import io.github.ballkit.testkit.internal.conformance.BallchasingTour;
import io.github.ballkit.testkit.internal.conformance.BallisticaTour;
import io.github.ballkit.testkit.internal.conformance.TourRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * Checks any server against the spec: a mock of your own, Prism, a folder of recorded stubs served
 * by WireMock, an emulator, or the live service. Every operation of the spec is called through the
 * generated client, with ids the server hands out (or the spec's examples) and the error cases the
 * spec documents: no token and a bad token (401), unknown ids (404), an invalid parameter (400).
 * Every request and response passes through a validating proxy and is checked against the spec
 * (status, headers, body).
 *
 * <pre>{@code
 * @Test
 * void myMockConforms() {
 *   Conformance.check(Api.BALLCHASING, myMock.baseUrl(), ConformanceOptions.defaults())
 *       .assertConforms();
 * }
 * }</pre>
 *
 * <p>Read-only unless {@link ConformanceOptions#allowWrites()}; with writes the runner removes what
 * it created. A server that answers HTML, resets connections or hangs is reported (violates,
 * unreachable), each request bounded by {@link ConformanceOptions#timeout()}. From a terminal, see
 * {@link ConformanceMain}.
 */
public final class Conformance {
  /** The token of the "no token" case: the proxy removes {@code Authorization} when it sees it. */
  private static final String NO_TOKEN_MARKER = "ballkit-conformance-strip-authorization";

  private static final String BAD_TOKEN = "ballkit-conformance-invalid-token";

  private Conformance() {}

  /**
   * Runs every operation of the spec against a server and reports what conforms.
   *
   * @param api the API the server claims to serve
   * @param baseUrl the server's base URL, as a client would use it (such as {@code
   *     https://ballchasing.com/api} or {@code http://127.0.0.1:4010} for Prism)
   * @param options token, writes, timeout
   * @return the report, one result per operation
   * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
   */
  public static ConformanceReport check(Api api, String baseUrl, ConformanceOptions options) {
    ApiSpec spec = ApiSpec.of(api);
    try (ProxyServer proxy = new ProxyServer(api, baseUrl, 0, options.timeout())) {
      proxy.stripAuthorizationFor(NO_TOKEN_MARKER);
      String via = proxy.validating().baseUrl();
      List<OperationResult> results =
          api == Api.BALLCHASING
              ? ballchasing(spec, proxy, via, options)
              : ballistica(spec, proxy, via, options);
      return new ConformanceReport(api, baseUrl, results);
    }
  }

  private static List<OperationResult> ballchasing(
      ApiSpec spec, ProxyServer proxy, String via, ConformanceOptions options) {
    BallchasingClient normal = ballchasingClient(via, options.token(), options);
    try {
      normal = normal.withTierFromPing();
    } catch (BallkitException unknownTier) {
      // keep the lowest tier's limits; the ping step reports what went wrong
    }
    TourRunner<BallchasingClient> runner =
        new TourRunner<>(
            spec,
            proxy,
            new TourRunner.Clients<>(
                normal,
                ballchasingClient(via, BAD_TOKEN, options),
                ballchasingClient(via, NO_TOKEN_MARKER, options)),
            options.allowWrites());
    BallchasingTour.examples(runner);
    try {
      return runner.run(BallchasingTour.steps(spec, options.replayFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the replay file " + options.replayFile(), e);
    }
  }

  private static List<OperationResult> ballistica(
      ApiSpec spec, ProxyServer proxy, String via, ConformanceOptions options) {
    TourRunner<BallisticaClient> runner =
        new TourRunner<>(
            spec,
            proxy,
            new TourRunner.Clients<>(
                ballisticaClient(via, options.token(), options),
                ballisticaClient(via, BAD_TOKEN, options),
                ballisticaClient(via, NO_TOKEN_MARKER, options)),
            options.allowWrites());
    BallisticaTour.examples(runner);
    return runner.run(BallisticaTour.steps());
  }

  private static BallchasingClient ballchasingClient(
      String baseUrl, String token, ConformanceOptions options) {
    return bounded(BallchasingClient.builder().tier(PatronTier.REGULAR), baseUrl, token, options)
        .build();
  }

  private static BallisticaClient ballisticaClient(
      String baseUrl, String token, ConformanceOptions options) {
    return bounded(BallisticaClient.builder(), baseUrl, token, options).build();
  }

  /**
   * No retries (each answer is what is checked); the client waits longer than the proxy, so a
   * server that hangs is reported by the proxy as unreachable.
   */
  private static <B extends ClientBuilder<B, ?>> B bounded(
      B builder, String baseUrl, String token, ConformanceOptions options) {
    Duration timeout = options.timeout();
    return builder
        .token(token)
        .baseUrl(baseUrl)
        .maxRetries(0)
        .connectTimeout(timeout)
        .readTimeout(timeout.plusSeconds(5))
        .callTimeout(timeout.multipliedBy(3).plusSeconds(30));
  }
}
