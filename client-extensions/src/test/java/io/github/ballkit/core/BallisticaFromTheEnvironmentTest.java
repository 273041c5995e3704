package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballistica.BallisticaClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallisticaFromTheEnvironmentTest extends WireMockSupport {

  @Test
  void theEnvironmentGivesTheKeyAndTheBaseUrl() {
    server.stubFor(
        get("/api/v1/accounts/me")
            .willReturn(
                okJson(
                    "{\"id\":\"a-1\",\"tag\":\"t\",\"create_time\":\"2026-03-12T10:40:42Z\","
                        + "\"last_active_day\":null,\"total_active_days\":1}")));

    BallisticaClient client =
        BallisticaClient.builder()
            .environment(
                Map.of("BALLISTICA_API_KEY", "env-key-123", "BALLISTICA_BASE_URL", baseUrl()))
            .build();

    assertThat(client.baseUrl()).isEqualTo(baseUrl());
    assertThat(client.me().id()).isEqualTo("a-1");
    server.verify(
        getRequestedFor(urlEqualTo("/api/v1/accounts/me"))
            .withHeader("Authorization", equalTo("Bearer env-key-123")));
  }

  @Test
  void withoutTheVariableTheSpecsServerIsKept() {
    BallisticaClient client =
        BallisticaClient.builder().environment(Map.of("BALLISTICA_API_KEY", "k")).build();

    assertThat(client.baseUrl()).isEqualTo("https://www.ballistica.net");
  }
}
