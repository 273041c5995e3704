package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.Ping;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeListsEveryResponseTest extends WireMockSupport {

  @Test
  void aPagedListingShowsEveryPageAndTheLastOneOnTop() {
    stubTwoGroupPages();
    server.stubFor(
        get(urlPathEqualTo("/groups"))
            .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(
                okJson("{\"list\":[{\"id\":\"g1\"}],\"next\":\"" + baseUrl() + "/groups?after=x\"}")
                    .withHeader("X-Page", "1")));

    ApiResponse<List<GroupSummary>> response =
        ballchasing()
            .noRateLimits()
            .build()
            .exchange(c -> c.listAllGroups(GroupQuery.builder().build()).toList());

    assertThat(response.value()).extracting(GroupSummary::id).containsExactly("g1", "g2");
    assertThat(response.exchanges()).hasSize(2);
    assertThat(response.exchanges().get(0).header("x-page")).contains("1");
    assertThat(response.exchanges().get(1).header("x-page")).isEmpty();
    assertThat(response.exchanges().get(1))
        .isEqualTo(
            new ApiResponse.Exchange(response.operation(), response.status(), response.headers()));
    assertThat(response.operation()).isEqualTo("listGroups");
  }

  @Test
  void aSingleCallHasOneExchange() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}").withHeader("X-A", "b")));

    ApiResponse<Ping> response = ballchasing().build().exchange(c -> c.ping());

    assertThat(response.exchanges())
        .singleElement()
        .satisfies(
            exchange -> {
              assertThat(exchange.operation()).isEqualTo("ping");
              assertThat(exchange.status()).isEqualTo(200);
              assertThat(exchange.header("x-a")).contains("b");
            });
  }

  @Test
  void aCallbackWithoutACallIsRefused() {
    assertThatThrownBy(() -> ballchasing().build().exchange(c -> "nothing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no API call");
  }
}
