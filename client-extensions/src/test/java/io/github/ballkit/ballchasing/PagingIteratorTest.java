package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code iterateReplays} and {@code iterateGroups}: the Iterator form of paging. */
class PagingIteratorTest extends WireMockSupport {
  private final ReplayQuery query =
      ReplayQuery.builder().uploader("me").playlist(Playlist.RANKED_DUELS).count(2).build();

  @BeforeEach
  void stubTwoPages() {
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .withQueryParam("after", absent())
            .willReturn(
                okJson(
                    "{\"list\":[{\"id\":\"r1\"},{\"id\":\"r2\"}],\"next\":\""
                        + baseUrl()
                        + "/replays?after=c2\"}")));
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .withQueryParam("after", equalTo("c2"))
            .willReturn(okJson("{\"list\":[{\"id\":\"r3\"}]}")));
  }

  private BallchasingClient client() {
    return ballchasing().noRateLimits().build();
  }

  @Test
  void theIteratorFetchesAPageOnlyWhenHasNextNeedsIt() {
    Iterator<ReplaySummary> replays = client().iterateReplays(query);
    server.verify(0, getRequestedFor(urlPathEqualTo("/replays")));

    assertThat(replays.next().id()).isEqualTo("r1");
    assertThat(replays.next().id()).isEqualTo("r2");
    server.verify(1, getRequestedFor(urlPathEqualTo("/replays")));

    assertThat(replays.hasNext()).isTrue();
    server.verify(2, getRequestedFor(urlPathEqualTo("/replays")));
  }

  @Test
  void theIteratorYieldsEveryItemThenEnds() {
    List<String> ids = new ArrayList<>();
    client().iterateReplays(query).forEachRemaining(replay -> ids.add(replay.id()));

    assertThat(ids).containsExactly("r1", "r2", "r3");
  }

  @Test
  void everyPageTheIteratorFetchesKeepsTheFilters() {
    client().iterateReplays(query).forEachRemaining(replay -> {});

    server.verify(
        getRequestedFor(urlPathEqualTo("/replays"))
            .withQueryParam("after", equalTo("c2"))
            .withQueryParam("uploader", equalTo("me"))
            .withQueryParam("playlist", equalTo("ranked-duels"))
            .withQueryParam("count", equalTo("2")));
  }

  @Test
  void stoppingEarlyFetchesNoFurtherPage() {
    Iterator<ReplaySummary> replays = client().iterateReplays(query);
    while (replays.hasNext()) {
      if (replays.next().id().equals("r2")) {
        break;
      }
    }

    server.verify(1, getRequestedFor(urlPathEqualTo("/replays")));
  }

  @Test
  void groupsIterateTheSameWay() {
    stubTwoGroupPages();

    Iterator<GroupSummary> groups =
        client().iterateGroups(GroupQuery.builder().creator("me").build());
    List<String> ids = new ArrayList<>();
    groups.forEachRemaining(group -> ids.add(group.id()));

    assertThat(ids).containsExactly("g1", "g2");
    server.verify(
        getRequestedFor(urlPathEqualTo("/groups"))
            .withQueryParam("after", equalTo("x"))
            .withQueryParam("creator", equalTo("me")));
  }
}
