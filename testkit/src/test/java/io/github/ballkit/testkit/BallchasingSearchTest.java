package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BallchasingSearchTest extends BallchasingEmulatorTestBase {
  private final List<String> mine = new ArrayList<>();

  @BeforeEach
  void fiveProcessedReplaysOfMine() {
    for (int i = 0; i < 5; i++) {
      mine.add(uploadOk("search-" + i));
    }
    processAll();
  }

  private List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.get("list").spliterator(), false)
        .map(r -> r.get("id").asText())
        .toList();
  }

  private JsonNode search(String query) {
    Http.Answer answer = http.get("/replays?" + query);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.json();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void uploaderMeListsMyReplaysNewestUploadFirst() {
    JsonNode page = search("uploader=me");

    assertThat(ids(page)).containsExactlyElementsOf(reversed(mine));
    assertThat(page.get("count").asInt()).isEqualTo(5);
    assertThat(page.has("next")).isFalse();
  }

  @Test
  void sortDirAscReversesTheOrder() {
    assertThat(ids(search("uploader=me&sort-dir=asc"))).containsExactlyElementsOf(mine);
  }

  @Test
  void sortByReplayDateUsesTheMatchDate() {
    List<String> byDate = ids(search("uploader=me&sort-by=replay-date&sort-dir=asc"));
    List<String> dates = new ArrayList<>();
    for (String id : byDate) {
      dates.add(replay(id).get("date").asText());
    }
    assertThat(dates)
        .isSortedAccordingTo(
            (a, b) ->
                java.time.OffsetDateTime.parse(a).compareTo(java.time.OffsetDateTime.parse(b)));
  }

  @Test
  void titleFilterMatchesPartOfTheTitle() {
    http.patch("/replays/" + mine.get(2), "{\"title\":\"The Final Showdown\"}");

    assertThat(ids(search("uploader=me&title=final"))).containsExactly(mine.get(2));
  }

  @Test
  void playerNameAndPlayerIdFindTheReplaysTheyPlayIn() {
    JsonNode r = replay(mine.get(1));
    JsonNode opponent = r.get("orange").get("players").get(0);
    String name = opponent.get("name").asText();
    String playerId =
        opponent.get("id").get("platform").asText() + ":" + opponent.get("id").get("id").asText();

    assertThat(ids(search("uploader=me&player-name=" + enc(name)))).contains(mine.get(1));
    assertThat(ids(search("uploader=me&player-id=" + enc(playerId)))).contains(mine.get(1));
    assertThat(ids(search("uploader=me&player-name=" + enc(name) + "&player-name=nobody-at-all")))
        .isEmpty();
  }

  @Test
  void playlistMapAndSeasonFilterOnTheMatch() {
    JsonNode r = replay(mine.get(3));
    String playlist = r.get("playlist_id").asText();
    String map = r.get("map_code").asText();
    String season = "f" + r.get("season").asInt();

    for (JsonNode s : search("uploader=me&playlist=" + playlist).get("list")) {
      assertThat(s.get("playlist_id").asText()).isEqualTo(playlist);
    }
    assertThat(ids(search("uploader=me&playlist=" + playlist))).contains(mine.get(3));
    assertThat(ids(search("uploader=me&map=" + map))).contains(mine.get(3));
    assertThat(ids(search("uploader=me&season=" + season))).contains(mine.get(3));
    assertThat(ids(search("uploader=me&map=no_such_map_p"))).isEmpty();
  }

  @Test
  void matchResultSplitsMyWinsFromMyLosses() {
    List<String> wins = ids(search("uploader=me&match-result=win"));
    List<String> losses = ids(search("uploader=me&match-result=loss"));

    assertThat(wins).doesNotContainAnyElementsOf(losses);
    assertThat(wins.size() + losses.size()).isEqualTo(5);
    for (String id : wins) {
      JsonNode r = replay(id);
      assertThat(r.get("blue").get("stats").get("core").get("goals").asInt())
          .isGreaterThan(r.get("orange").get("stats").get("core").get("goals").asInt());
    }
  }

  @Test
  void rankFiltersBoundTheLobby() {
    JsonNode all = search("uploader=me");
    for (JsonNode s : search("uploader=me&min-rank=diamond-1").get("list")) {
      assertThat(s.get("min_rank").get("tier").asInt()).isGreaterThanOrEqualTo(13);
    }
    assertThat(search("uploader=me&min-rank=bronze-1").get("count").asInt())
        .isEqualTo(all.get("count").asInt());
    assertThat(search("uploader=me&max-rank=supersonic-legend").get("count").asInt())
        .isEqualTo(all.get("count").asInt());
  }

  @Test
  void proKeepsExactlyTheReplaysWithAProPlayer() {
    List<String> withPro = new ArrayList<>();
    for (String id : mine) {
      JsonNode r = replay(id);
      boolean hasPro = false;
      for (String side : new String[] {"blue", "orange"}) {
        for (JsonNode p : r.get(side).get("players")) {
          hasPro |= p.path("pro").asBoolean(false);
        }
      }
      if (hasPro) {
        withPro.add(id);
      }
    }

    assertThat(ids(search("uploader=me&pro=true"))).containsExactlyInAnyOrderElementsOf(withPro);
    assertThat(ids(search("uploader=me&pro=false"))).hasSize(5);
  }

  @Test
  void replayDateBeforeAndAfterBoundTheMatchDate() {
    List<String> byDate = ids(search("uploader=me&sort-by=replay-date&sort-dir=asc"));
    String middle = replay(byDate.get(2)).get("date").asText();

    assertThat(ids(search("uploader=me&replay-date-before=" + enc(middle))))
        .containsExactlyInAnyOrderElementsOf(byDate.subList(0, 2));
    assertThat(ids(search("uploader=me&replay-date-after=" + enc(middle))))
        .containsExactlyInAnyOrderElementsOf(byDate.subList(3, 5));
  }

  @Test
  void groupFilterListsReplaysDirectlyInTheGroup() {
    String group = createGroup("Search group", null);
    http.patch("/replays/" + mine.get(0), "{\"group\":\"" + group + "\"}");

    assertThat(ids(search("group=" + group))).containsExactly(mine.get(0));
  }

  @Test
  void createdBeforeAndAfterBoundTheUploadTime() {
    String created = replay(mine.get(2)).get("created").asText();

    assertThat(ids(search("uploader=me&created-before=" + enc(created))))
        .containsExactlyInAnyOrder(mine.get(0), mine.get(1));
    assertThat(ids(search("uploader=me&created-after=" + enc(created))))
        .containsExactlyInAnyOrder(mine.get(3), mine.get(4));
  }

  @Test
  void replaysOfOthersAreListedOnlyWhenPublic() {
    Http other = http.withAuthorization("other-" + System.nanoTime());
    String hidden =
        upload(other, "h.replay", replayBytes("hidden" + System.nanoTime()), "visibility=unlisted")
            .json()
            .get("id")
            .asText();
    processAll();

    assertThat(ids(search("count=200"))).doesNotContain(hidden);
  }

  @Test
  void countPagesWithANextUrlCarryingAnOpaqueAfterCursor() {
    JsonNode first = search("uploader=me&count=2");

    assertThat(ids(first)).containsExactly(mine.get(4), mine.get(3));
    assertThat(first.get("count").asInt()).isEqualTo(5);
    String next = first.get("next").asText();
    assertThat(next).startsWith(emulator.baseUrl() + "/replays?").contains("after=");

    JsonNode second = http.get(next).json();
    assertThat(ids(second)).containsExactly(mine.get(2), mine.get(1));
    JsonNode third = http.get(second.get("next").asText()).json();
    assertThat(ids(third)).containsExactly(mine.get(0));
    assertThat(third.has("next")).isFalse();
  }

  @Test
  void reSentFiltersAreHonouredWithTheCursor() {
    Http other = http.withAuthorization("other-paging-" + System.nanoTime());
    upload(other, "o.replay", replayBytes("noise" + System.nanoTime()), null);
    processAll();
    String after = afterOf(search("uploader=me&count=2").get("next").asText());

    JsonNode withFilters = search("after=" + enc(after) + "&uploader=me&count=2");
    JsonNode withoutFilters = search("after=" + enc(after) + "&count=200");

    assertThat(ids(withFilters)).containsExactly(mine.get(2), mine.get(1));
    assertThat(ids(withoutFilters)).contains(mine.get(2), mine.get(1), mine.get(0));
    assertThat(withoutFilters.get("list").size()).isGreaterThan(3);
  }

  @Test
  void anInvalidCountIsABadRequest() {
    assertThat(http.get("/replays?count=500").status()).isEqualTo(400);
    assertThat(emulator.takeViolations())
        .singleElement()
        .asString()
        .contains("validation.request.parameter.schema.maximum");
  }

  private static String afterOf(String nextUrl) {
    for (String pair : URI.create(nextUrl).getRawQuery().split("&")) {
      if (pair.startsWith("after=")) {
        return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no after in " + nextUrl);
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
