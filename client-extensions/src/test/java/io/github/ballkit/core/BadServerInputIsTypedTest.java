package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a server sends in its headers never escapes as a raw JDK exception. */
class BadServerInputIsTypedTest extends WireMockSupport {

  private BallchasingClient client() {
    return ballchasing().noRateLimits().build();
  }

  @Test
  void anAbsurdRetryAfterIsARateLimitedErrorWithTheWaitCut() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse().withStatus(429).withHeader("Retry-After", "99999999999999999")));

    RateLimitedException error =
        catchThrowableOfType(RateLimitedException.class, () -> client().ping());

    assertThat(error.retryAfter()).contains(Duration.ofDays(1));
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "Retry-After: {0}")
  @ValueSource(strings = {"in a while", "-5", "1.5"})
  void aRetryAfterThatIsNeitherSecondsNorADateFallsBackToTheBackoff(String retryAfter) {
    server.stubFor(
        get("/")
            .inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", retryAfter))
            .willSetStateTo("ok"));
    server.stubFor(get("/").inScenario("busy").whenScenarioStateIs("ok").willReturn(okJson("{}")));

    client().ping();

    assertThat(time.sleeps())
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
  }

  @ParameterizedTest(name = "Location: {0}")
  @ValueSource(
      strings = {"http://exa mple.com/x", "http://[::1/x", "ftp://example.com/x", "http:///x"})
  void aRedirectToSomethingThatIsNotAUrlIsAMalformedResponse(String location) {
    server.stubFor(
        get("/maps").willReturn(aResponse().withStatus(302).withHeader("Location", location)));

    MalformedResponseException error =
        catchThrowableOfType(MalformedResponseException.class, () -> client().misc().listMaps());

    assertThat(error.status()).isEqualTo(302);
    assertThat(error.operation()).isEqualTo("listMaps");
    assertThat(error.getMessage()).contains("Location").contains(location);
  }

  @Test
  void aDownloadRedirectedToSomethingThatIsNotAUrlIsAMalformedResponse() {
    server.stubFor(
        get("/replays/r-1/file")
            .willReturn(aResponse().withStatus(307).withHeader("Location", "http://a b/")));

    MalformedResponseException error =
        catchThrowableOfType(MalformedResponseException.class, () -> client().download("r-1"));

    assertThat(error.status()).isEqualTo(307);
    assertThat(error.operation()).isEqualTo("downloadReplay");
  }
}
