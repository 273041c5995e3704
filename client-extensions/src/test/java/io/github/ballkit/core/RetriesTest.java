package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballistica.BallisticaClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest extends WireMockSupport {

  private void failOnceThen(
      String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    server.stubFor(
        get(path)
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    server.stubFor(
        get(path)
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson("{\"chaser\":true}")));
  }

  private BallchasingClient client() {
    return ballchasing().noRateLimits().build();
  }

  @Test
  void aGetIsRetriedAfter503WithBackoff() {
    failOnceThen("/", aResponse().withStatus(503));

    assertThat(client().ping().chaser()).isTrue();
    server.verify(2, getRequestedFor(urlEqualTo("/")));
    assertThat(time.sleeps()).hasSize(1);
    assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void aGetIsRetriedAfterAConnectionReset() {
    failOnceThen("/", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(client().ping().chaser()).isTrue();
    server.verify(2, getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void aGetIsRetriedAfterAnEmptyReply() {
    failOnceThen("/", aResponse().withFault(Fault.EMPTY_RESPONSE));

    assertThat(client().ping().chaser()).isTrue();
  }

  @Test
  void persistentFailuresEndInATransportExceptionAfterTheRetries() {
    server.stubFor(get("/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    TransportException error =
        catchThrowableOfType(TransportException.class, () -> client().ping());

    assertThat(error.operation()).isEqualTo("ping");
    assertThat(error.isTimeout()).isFalse();
    server.verify(4, getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void aCreateIsNeverRetried() {
    server.stubFor(post("/groups").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () ->
                client()
                    .groups()
                    .createGroup(
                        GroupCreate.builder()
                            .name("g")
                            .playerIdentification(PlayerIdentification.BY_ID)
                            .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                            .build()))
        .isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlEqualTo("/groups")));
  }

  @Test
  void ballisticaRetriesTheRetrySafeFileOpButNotMove() {
    String path = "/api/v1/workspaces/w/files/a.txt";
    server.stubFor(post(path).willReturn(aResponse().withStatus(503)));
    BallisticaClient client = ballistica().build();

    assertThatThrownBy(() -> client.mkdir("w", "a.txt")).isInstanceOf(ServerException.class);
    server.verify(4, postRequestedFor(urlEqualTo(path)));

    server.resetRequests();
    assertThatThrownBy(() -> client.move("w", "a.txt", "b.txt"))
        .isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlEqualTo(path)));
  }

  @Test
  void aSlowBodyTimesOut() {
    server.stubFor(
        get("/")
            .willReturn(
                okJson("{\"chaser\":true,\"name\":\"" + "x".repeat(2000) + "\"}")
                    .withChunkedDribbleDelay(20, 3000)));
    BallchasingClient client =
        ballchasing().noRateLimits().maxRetries(0).readTimeout(Duration.ofMillis(400)).build();

    TransportException error = catchThrowableOfType(TransportException.class, () -> client.ping());

    assertThat(error.isTimeout()).isTrue();
  }
}
