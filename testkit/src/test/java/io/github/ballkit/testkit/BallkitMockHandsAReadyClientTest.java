package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.core.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a user writes: a mock per API, a stub from the spec, the real client. */
class BallkitMockHandsAReadyClientTest {
  @RegisterExtension static BallkitMock<BallchasingClient> ballchasing = BallkitMock.ballchasing();
  @RegisterExtension static BallkitMock<BallisticaClient> ballistica = BallkitMock.ballistica();

  @Test
  void aBallchasingTestInAFewLines() {
    ballchasing.stubFor(ballchasing.stubs().operation("getReplay").ok());

    var replay = ballchasing.client().replays().getReplay("9d1e4c2a-7b3f-4e5d-8a6c-1f2e3d4c5b6a");

    assertThat(replay.title()).isEqualTo("Evening duel");
  }

  @Test
  void aBallisticaTestInAFewLines() {
    ballistica.stubFor(ballistica.stubs().operation("getAccount").ok());

    assertThat(ballistica.client().me().tag()).isEqualTo("Kronk");
  }

  @Test
  void documentedErrorsReachTheClientAsTypedExceptions() {
    ballistica.stubFor(
        ballistica
            .stubs()
            .operation("getWorkspace")
            .status(404)
            .withPathParam("workspace_id", equalTo("gone")));

    assertThatThrownBy(() -> ballistica.client().workspaces().getWorkspace("gone"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theClientSendsTheTokenTheWayTheSpecSays() {
    ballchasing.stubFor(ballchasing.stubs().operation("ping").ok());

    ballchasing.client().ping();

    ballchasing
        .wireMock()
        .verify(
            com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/"))
                .withHeader("Authorization", equalTo(BallkitMock.TEST_TOKEN)));
  }
}
