package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.WireMockSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The call timeout is a deadline for the whole call, not only for the waits between attempts. */
class CallTimeoutBoundsEveryAttemptTest extends WireMockSupport {

  @Test
  void anAttemptGetsOnlyWhatIsLeftOfTheCallTimeoutNotTheWholeReadTimeout() {
    // The answer comes after 2 s: within the 5 s read timeout, but not within the 500 ms call.
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}").withFixedDelay(2000)));

    TransportException error =
        catchThrowableOfType(
            TransportException.class,
            () ->
                ballchasing()
                    .noRateLimits()
                    .readTimeout(Duration.ofSeconds(5))
                    .callTimeout(Duration.ofMillis(500))
                    .build()
                    .ping());

    assertThat(error.isTimeout()).isTrue();
    assertThat(error.operation()).isEqualTo("ping");
  }

  @Test
  void noAttemptStartsOnceTheDeadlineHasPassed() {
    // The server's Retry-After uses up the whole call timeout.
    server.stubFor(
        get("/")
            .inScenario("limited")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
            .willSetStateTo("free"));
    server.stubFor(
        get("/")
            .inScenario("limited")
            .whenScenarioStateIs("free")
            .willReturn(okJson("{\"chaser\":true}")));

    TransportException error =
        catchThrowableOfType(
            TransportException.class,
            () -> ballchasing().noRateLimits().callTimeout(Duration.ofSeconds(2)).build().ping());

    assertThat(error.isTimeout()).isTrue();
    assertThat(error).hasMessageContaining("deadline");
    server.verify(1, getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void redirectsShareTheAttemptsTimeInsteadOfEachHopGettingItAll() {
    // Each hop takes 1.2 s and fits in the 2 s call on its own; the chain of three does not.
    server.stubFor(
        get("/maps")
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "/maps2").withFixedDelay(1200)));
    server.stubFor(
        get("/maps2")
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "/maps3").withFixedDelay(1200)));
    server.stubFor(get("/maps3").willReturn(okJson("{\"b_p\":\"B\"}").withFixedDelay(1200)));

    TransportException error =
        catchThrowableOfType(
            TransportException.class,
            () ->
                ballchasing()
                    .noRateLimits()
                    .maxRetries(0)
                    .readTimeout(Duration.ofSeconds(5))
                    .callTimeout(Duration.ofSeconds(2))
                    .build()
                    .misc()
                    .listMaps());

    assertThat(error.isTimeout()).isTrue();
    server.verify(0, getRequestedFor(urlEqualTo("/maps3")));
  }
}
