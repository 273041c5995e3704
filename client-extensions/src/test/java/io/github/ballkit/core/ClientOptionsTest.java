package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.ballistica.BallisticaClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest extends WireMockSupport {

  @Test
  void theEnvironmentGivesTokenAndBaseUrl() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}")));

    BallchasingClient client =
        BallchasingClient.builder()
            .environment(
                Map.of("BALLCHASING_API_KEY", "env-token", "BALLCHASING_BASE_URL", baseUrl()))
            .build();
    client.ping();

    assertThat(client.baseUrl()).isEqualTo(baseUrl());
    server.verify(
        getRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo("env-token")));
  }

  @Test
  void withoutABaseUrlTheSpecsServerIsUsed() {
    assertThat(BallchasingClient.builder().token("t").build().baseUrl())
        .isEqualTo("https://ballchasing.com/api");
    assertThat(BallisticaClient.builder().token("t").build().baseUrl())
        .isEqualTo("https://www.ballistica.net");
  }

  @Test
  void exchangeReturnsStatusHeadersAndOperationWithTheValueFromOneRequest() {
    server.stubFor(
        get("/").willReturn(okJson("{\"chaser\":true}").withHeader("X-Request-Id", "req-9")));

    ApiResponse<Ping> response = ballchasing().build().exchange(c -> c.ping());

    assertThat(response.operation()).isEqualTo("ping");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("x-request-id")).contains("req-9");
    assertThat(response.value().chaser()).isTrue();
    server.verify(1, getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void aCopyKeepsTheOptionsOfItsApiToo() {
    BallchasingClient gold = ballchasing().tier(PatronTier.GOLD).build();
    BallchasingClient unlimited = ballchasing().noRateLimits().build();

    assertThat(gold.newBuilder().build().tier()).contains(PatronTier.GOLD);
    assertThat(unlimited.newBuilder().build().tier()).isEmpty();
    assertThat(gold.newBuilder().build().baseUrl()).isEqualTo(baseUrl());
  }

  @Test
  void changingTheBuilderAfterwardsLeavesTheClientAndItsCopiesAlone() {
    BallchasingClient.Builder builder = ballchasing().tier(PatronTier.GOLD);
    BallchasingClient client = builder.build();

    builder.tier(PatronTier.GC).baseUrl("http://127.0.0.1:9");

    assertThat(client.tier()).contains(PatronTier.GOLD);
    assertThat(client.newBuilder().build().tier()).contains(PatronTier.GOLD);
    assertThat(client.newBuilder().build().baseUrl()).isEqualTo(baseUrl());
  }

  @Test
  void theTierCanBeLearnedFromPing() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"type\":\"diamond\"}")));
    BallchasingClient client = ballchasing().build();

    BallchasingClient learned = client.withTierFromPing();

    assertThat(client.tier()).contains(PatronTier.REGULAR);
    assertThat(learned.tier()).contains(PatronTier.DIAMOND);
    assertThat(learned.baseUrl()).isEqualTo(client.baseUrl());
  }

  @Test
  void anUnknownTierFromTheServerIsKeptAndLimitedAsRegular() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"type\":\"platinum-plus\"}")));

    BallchasingClient learned = ballchasing().build().withTierFromPing();

    assertThat(learned.tier().orElseThrow().value()).isEqualTo("platinum-plus");
    assertThat(learned.tier().orElseThrow().isKnown()).isFalse();
  }

  @Test
  @SuppressWarnings("deprecation") // Feign's URLConnection client: the simplest other transport
  void anotherFeignTransportCanCarryTheCallsWithTheSameBehaviour() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}")));
    java.util.concurrent.atomic.AtomicInteger sent =
        new java.util.concurrent.atomic.AtomicInteger();
    feign.Client urlConnection = new feign.Client.Default(null, null);
    feign.Client counting =
        (request, options) -> {
          sent.incrementAndGet();
          return urlConnection.execute(request, options);
        };

    Ping ping = ballchasing().transport(counting).build().ping();

    assertThat(ping.chaser()).isTrue();
    assertThat(sent).hasValue(1);
    server.verify(getRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo(TOKEN)));
  }
}
