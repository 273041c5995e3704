package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class BallchasingGroupsTest extends BallchasingEmulatorTestBase {

  private List<String> ids(String query) {
    Http.Answer answer = http.get("/groups?" + query);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return StreamSupport.stream(answer.json().get("list").spliterator(), false)
        .map(g -> g.get("id").asText())
        .toList();
  }

  @Test
  void aCreatedGroupHasASlugIdAndAnApiLink() {
    Http.Answer created =
        http.post(
            "/groups",
            "{\"name\":\"RLCS S9\",\"player_identification\":\"by-id\","
                + "\"team_identification\":\"by-distinct-players\"}");

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(id).matches("rlcs-s9-[a-z0-9]{10}");
    assertThat(created.json().get("link").asText()).isEqualTo(emulator.baseUrl() + "/groups/" + id);
    assertThat(http.get("/groups/" + id).json().get("name").asText()).isEqualTo("RLCS S9");
  }

  @Test
  void theGroupFilterListsTheChildrenOfAParent() {
    String parent = createGroup("Season", null);
    String day1 = createGroup("Day 1", parent);
    String day2 = createGroup("Day 2", parent);
    createGroup("Elsewhere", null);

    assertThat(ids("group=" + parent)).containsExactlyInAnyOrder(day1, day2);
  }

  @Test
  void nameAndCreatorFiltersAndSortByName() {
    String b = createGroup("Bravo scrims", null);
    String a = createGroup("Alpha scrims", null);
    http.withAuthorization("someone-else")
        .post(
            "/groups",
            "{\"name\":\"Charlie scrims\",\"player_identification\":\"by-id\","
                + "\"team_identification\":\"by-distinct-players\"}");

    assertThat(ids("creator=me&name=scrims&sort-by=name&sort-dir=asc")).containsExactly(a, b);
    assertThat(ids("name=charlie")).hasSize(1);
  }

  @Test
  void groupsPageWithACursor() {
    String parent = createGroup("Paged", null);
    for (int i = 0; i < 3; i++) {
      clock.advance(java.time.Duration.ofSeconds(1));
      createGroup("Child " + i, parent);
    }

    JsonNode first = http.get("/groups?group=" + parent + "&count=2").json();
    assertThat(first.get("list")).hasSize(2);
    JsonNode second = http.get(first.get("next").asText()).json();
    assertThat(second.get("list")).hasSize(1);
    assertThat(second.has("next")).isFalse();
  }

  @Test
  void aGroupAggregatesItsProcessedReplaysAndIsPendingBefore() {
    String group = createGroup("Stats", null);
    String child = createGroup("Stats child", group);
    upload(http, "one.replay", replayBytes("group-1-" + System.nanoTime()), "group=" + group);
    upload(http, "two.replay", replayBytes("group-2-" + System.nanoTime()), "group=" + child);

    JsonNode pending = http.get("/groups/" + group).json();
    assertThat(pending.get("status").asText()).isEqualTo("pending_replays");
    assertThat(pending.has("players")).isFalse();

    processAll();
    JsonNode ok = http.get("/groups/" + group).json();
    assertThat(ok.get("status").asText()).isEqualTo("ok");
    String me = http.get("/").json().get("steam_id").asText();
    JsonNode mine =
        StreamSupport.stream(ok.get("players").spliterator(), false)
            .filter(p -> p.get("id").asText().equals(me))
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("cumulative").get("games").asInt()).isEqualTo(2);
    assertThat(ok.get("teams")).isNotEmpty();

    JsonNode summary = http.get("/groups?creator=me&name=Stats").json().get("list");
    JsonNode parentSummary =
        StreamSupport.stream(summary.spliterator(), false)
            .filter(g -> g.get("id").asText().equals(group))
            .findFirst()
            .orElseThrow();
    assertThat(parentSummary.get("direct_replays").asInt()).isEqualTo(1);
    assertThat(parentSummary.get("indirect_replays").asInt()).isEqualTo(1);
  }

  @Test
  void patchChangesSharingIdentificationAndParent() {
    String a = createGroup("Parent A", null);
    String child = createGroup("Movable", null);

    assertThat(
            http.patch(
                    "/groups/" + child,
                    "{\"shared\":true,\"player_identification\":\"by-name\",\"parent\":\""
                        + a
                        + "\"}")
                .status())
        .isEqualTo(204);

    JsonNode g = http.get("/groups/" + child).json();
    assertThat(g.get("shared").asBoolean()).isTrue();
    assertThat(g.get("player_identification").asText()).isEqualTo("by-name");
    assertThat(ids("group=" + a)).containsExactly(child);
  }

  @Test
  void aGroupCannotBecomeItsOwnAncestor() {
    String top = createGroup("Top", null);
    String below = createGroup("Below", top);

    assertThat(http.patch("/groups/" + top, "{\"parent\":\"" + below + "\"}").status())
        .isEqualTo(400);
  }

  @Test
  void deleteRemovesTheGroupWithItsChildrenAndFreesItsReplays() {
    String parent = createGroup("Doomed", null);
    String child = createGroup("Doomed child", parent);
    String replay =
        upload(http, "r.replay", replayBytes("doomed" + System.nanoTime()), "group=" + child)
            .json()
            .get("id")
            .asText();
    processAll();

    assertThat(http.delete("/groups/" + parent).status()).isEqualTo(204);

    assertThat(http.get("/groups/" + parent).status()).isEqualTo(404);
    assertThat(http.get("/groups/" + child).status()).isEqualTo(404);
    assertThat(replay(replay).has("groups")).isFalse();
  }

  @Test
  void onlyTheCreatorChangesOrDeletesAGroup() {
    String id = createGroup("Mine", null);
    Http other = http.withAuthorization("not-the-creator");

    assertThat(other.delete("/groups/" + id).status()).isEqualTo(404);
    assertThat(other.patch("/groups/" + id, "{\"shared\":true}").status()).isEqualTo(404);
  }

  @Test
  void aNameAlreadyUsedUnderTheSameParentIsABadRequest() {
    createGroup("Twice", null);

    Http.Answer again =
        http.post(
            "/groups",
            "{\"name\":\"Twice\",\"player_identification\":\"by-id\","
                + "\"team_identification\":\"by-distinct-players\"}");

    assertThat(again.status()).isEqualTo(400);
  }

  @Test
  void anUnknownGroupIsNotFound() {
    assertThat(http.get("/groups/no-such-group-0000000000").status()).isEqualTo(404);
  }
}
