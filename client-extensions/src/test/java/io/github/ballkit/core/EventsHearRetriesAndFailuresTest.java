package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The event listener hears a gateway error's retry, and a call that gets no response at all. */
class EventsHearRetriesAndFailuresTest extends WireMockSupport {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final EventListener listener =
      new EventListener() {
        @Override
        public void retry(CallInfo call, int attempt, String reason, Duration wait) {
          events.add("retry " + attempt + " " + reason);
        }

        @Override
        public void callEnd(CallInfo call, int status, Duration elapsed) {
          events.add("end " + status);
        }

        @Override
        public void callFailed(CallInfo call, Throwable failure, Duration elapsed) {
          events.add("failed " + failure.getClass().getSimpleName());
        }
      };

  @Test
  void aGatewayErrorIsRetriedAndHeard() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("fine"));
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .inScenario("flaky")
            .whenScenarioStateIs("fine")
            .willReturn(okJson("{\"id\":\"r1\",\"status\":\"ok\"}")));
    BallchasingClient client = ballchasing().eventListener(listener).build();

    client.replays().getReplay("r1");

    assertThat(events).containsExactly("retry 1 HTTP 503", "end 200");
  }

  @Test
  void aCallWithoutAResponseIsHeardAsFailed() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    BallchasingClient client = ballchasing().maxRetries(0).eventListener(listener).build();

    assertThatThrownBy(() -> client.replays().getReplay("r1"))
        .isInstanceOf(TransportException.class);

    assertThat(events).containsExactly("failed TransportException");
  }
}
