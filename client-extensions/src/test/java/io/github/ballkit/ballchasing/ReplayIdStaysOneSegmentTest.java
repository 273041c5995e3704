package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import org.junit.jupiter.api.Test;

class ReplayIdStaysOneSegmentTest extends WireMockSupport {

  @Test
  void aSlashInAnIdIsSentEncodedAndCannotReachAnotherRoute() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"x\",\"status\":\"ok\"}")));

    ballchasing().build().replays().getReplay("x/file");

    server.verify(getRequestedFor(urlEqualTo("/replays/x%2Ffile")));
    server.verify(0, getRequestedFor(urlEqualTo("/replays/x/file")));
  }

  @Test
  void anIdThatLooksEncodedIsEncodedAgain() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"x\",\"status\":\"ok\"}")));

    ballchasing().build().replays().getReplay("x%2Ffile");

    server.verify(getRequestedFor(urlEqualTo("/replays/x%252Ffile")));
  }

  @Test
  void anOrdinaryIdIsSentAsIs() {
    server.stubFor(
        get(urlEqualTo("/replays/9d1e4c2a-7b3f"))
            .willReturn(aResponse().withBody("{\"id\":\"9d1e4c2a-7b3f\",\"status\":\"ok\"}")));

    assertThat(ballchasing().build().replays().getReplay("9d1e4c2a-7b3f")).isNotNull();
  }
}
