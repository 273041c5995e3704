package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.ballistica.model.PrefabSymbolsResponse;
import org.junit.jupiter.api.Test;

class AuthHeadersTest extends WireMockSupport {

  @Test
  void ballchasingSendsTheRawTokenAndAUserAgent() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"type\":\"gold\"}")));

    Ping ping = ballchasing().build().ping();

    assertThat(ping.type().value()).isEqualTo("gold");
    server.verify(
        getRequestedFor(urlEqualTo("/"))
            .withHeader("Authorization", equalTo(TOKEN))
            .withHeader("User-Agent", matching("ballkit/.+ \\(ballchasing; Java .+\\)")));
  }

  @Test
  void ballisticaSendsABearerToken() {
    server.stubFor(
        get("/api/v1/accounts/me")
            .willReturn(
                okJson(
                    "{\"id\":\"a-1\",\"tag\":\"t\",\"create_time\":\"2026-03-12T10:40:42Z\","
                        + "\"last_active_day\":null,\"total_active_days\":1}")));

    assertThat(ballistica().build().me().id()).isEqualTo("a-1");
    server.verify(
        getRequestedFor(urlEqualTo("/api/v1/accounts/me"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void prefabSymbolsGoWithoutAuthBecauseTheSpecSaysSecurityIsEmpty() {
    String sha = "a".repeat(64);
    server.stubFor(
        get("/api/v1/prefab-symbols/" + sha)
            .willReturn(
                okJson("{\"file_name\":\"x.pdb\",\"size\":3,\"download_url\":\"http://x/y\"}")));

    PrefabSymbolsResponse symbols = ballistica().build().prefabs().getPrefabSymbols(sha);

    assertThat(symbols.fileName()).isEqualTo("x.pdb");
    server.verify(
        getRequestedFor(urlEqualTo("/api/v1/prefab-symbols/" + sha))
            .withHeader("Authorization", absent()));
  }
}
