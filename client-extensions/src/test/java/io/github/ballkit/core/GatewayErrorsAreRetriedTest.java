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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 502, 503 and 504 are retried for retry-safe calls; other 5xx are not. */
class GatewayErrorsAreRetriedTest extends WireMockSupport {

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {502, 503, 504})
  void aGatewayErrorIsRetriedAndTheRetrySucceeds(int status) {
    server.stubFor(
        get("/")
            .inScenario("gateway")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(status))
            .willSetStateTo("up"));
    server.stubFor(
        get("/")
            .inScenario("gateway")
            .whenScenarioStateIs("up")
            .willReturn(okJson("{\"chaser\":true}")));

    assertThat(ballchasing().noRateLimits().build().ping().chaser()).isTrue();
    server.verify(2, getRequestedFor(urlEqualTo("/")));
    assertThat(time.sleeps()).hasSize(1);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {502, 504})
  void aPersistentGatewayErrorEndsAsAServerErrorAfterTheRetries(int status) {
    server.stubFor(get("/").willReturn(aResponse().withStatus(status)));

    ServerException error =
        catchThrowableOfType(
            ServerException.class, () -> ballchasing().noRateLimits().build().ping());

    assertThat(error.status()).isEqualTo(status);
    server.verify(4, getRequestedFor(urlEqualTo("/")));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 501, 505})
  void otherServerErrorsAreNotRetried(int status) {
    server.stubFor(get("/").willReturn(aResponse().withStatus(status)));

    catchThrowableOfType(ServerException.class, () -> ballchasing().noRateLimits().build().ping());

    server.verify(1, getRequestedFor(urlEqualTo("/")));
  }
}
