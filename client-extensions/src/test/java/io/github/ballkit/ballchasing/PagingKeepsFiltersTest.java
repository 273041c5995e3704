package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.SortDirection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagingKeepsFiltersTest extends WireMockSupport {

  private static String page(String next, String... ids) {
    String items =
        java.util.Arrays.stream(ids)
            .map(id -> "{\"id\":\"" + id + "\",\"replay_title\":\"" + id + "\"}")
            .collect(Collectors.joining(","));
    return "{\"count\":5,\"list\":["
        + items
        + "]"
        + (next == null ? "" : ",\"next\":\"" + next + "\"")
        + "}";
  }

  private void stubThreePages() {
    // The server's next URLs drop the filters, as the real one has been seen to do.
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .withQueryParam("after", absent())
            .willReturn(okJson(page(baseUrl() + "/replays?after=c%3D1", "r1", "r2"))));
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .withQueryParam("after", equalTo("c=1"))
            .willReturn(okJson(page(baseUrl() + "/replays?after=c%3D2&count=2", "r3", "r4"))));
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .withQueryParam("after", equalTo("c=2"))
            .willReturn(okJson(page(null, "r5"))));
  }

  private final ReplayQuery query =
      ReplayQuery.builder()
          .playerName("Quixtic", "Nategazy")
          .playlist(Playlist.RANKED_DOUBLES)
          .createdAfter(OffsetDateTime.parse("2024-12-01T00:00:00+01:00"))
          .sortDir(SortDirection.ASC)
          .count(2)
          .build();

  @Test
  void everyPageIsFetchedWithTheCallersFiltersAndTheCursor() {
    stubThreePages();

    List<String> ids =
        ballchasing().noRateLimits().build().listAllReplays(query).map(ReplaySummary::id).toList();

    assertThat(ids).containsExactly("r1", "r2", "r3", "r4", "r5");
    for (String after : List.of("c=1", "c=2")) {
      server.verify(
          getRequestedFor(urlPathEqualTo("/replays"))
              .withQueryParam("after", equalTo(after))
              .withQueryParam("player-name", havingExactly("Quixtic", "Nategazy"))
              .withQueryParam("playlist", equalTo("ranked-doubles"))
              .withQueryParam("created-after", equalTo("2024-12-01T00:00:00+01:00"))
              .withQueryParam("sort-dir", equalTo("asc"))
              .withQueryParam("count", equalTo("2")));
    }
  }

  @Test
  void aCursorTheCallerSetsIsWhereTheFirstPageStarts() {
    stubThreePages();

    List<String> ids =
        ballchasing()
            .noRateLimits()
            .build()
            .listAllReplays(query.toBuilder().after("c=1").build())
            .map(ReplaySummary::id)
            .toList();

    assertThat(ids).containsExactly("r3", "r4", "r5");
    server.verify(0, getRequestedFor(urlPathEqualTo("/replays")).withQueryParam("after", absent()));
    server.verify(
        getRequestedFor(urlPathEqualTo("/replays"))
            .withQueryParam("after", equalTo("c=1"))
            .withQueryParam("player-name", havingExactly("Quixtic", "Nategazy")));
  }

  @Test
  void pagesAreFetchedOnlyWhenNeeded() {
    stubThreePages();

    List<String> first =
        ballchasing()
            .noRateLimits()
            .build()
            .listAllReplays(query)
            .limit(2)
            .map(ReplaySummary::id)
            .toList();

    assertThat(first).containsExactly("r1", "r2");
    server.verify(1, getRequestedFor(urlPathEqualTo("/replays")));
  }

  @Test
  void pagingIsRateLimitedPerPage() {
    stubThreePages();

    ballchasing().build().listAllReplays(query).forEach(replay -> {});

    assertThat(time.slept()).isEqualTo(java.time.Duration.ofSeconds(1));
  }

  @Test
  void groupsPageTheSameWay() {
    stubTwoGroupPages();

    List<String> ids =
        ballchasing()
            .noRateLimits()
            .build()
            .listAllGroups(GroupQuery.builder().creator("me").build())
            .map(group -> group.id())
            .toList();

    assertThat(ids).containsExactly("g1", "g2");
    server.verify(
        getRequestedFor(urlPathEqualTo("/groups"))
            .withQueryParam("after", equalTo("x"))
            .withQueryParam("creator", equalTo("me")));
  }
}
