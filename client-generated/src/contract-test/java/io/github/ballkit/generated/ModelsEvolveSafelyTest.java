package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.GroupRef;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller relies on in the generated models and query objects, whatever the spec adds. */
class ModelsEvolveSafelyTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Test
  void unknownPropertiesAreKeptAndWrittenBack() throws Exception {
    String json = "{\"id\":\"r1\",\"status\":\"ok\",\"brand_new\":{\"a\":[1,2]},\"flag\":true}";

    Replay replay = MAPPER.readValue(json, Replay.class);

    assertThat(replay.id()).isEqualTo("r1");
    assertThat(replay._additionalProperties()).containsOnlyKeys("brand_new", "flag");
    assertThat(replay._additionalProperties().get("flag")).isEqualTo(true);
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(replay));
    assertThat(written.path("brand_new").path("a").get(1).asInt()).isEqualTo(2);
    assertThat(written.path("flag").asBoolean()).isTrue();
  }

  @Test
  void aCopyChangesOnlyWhatItSets() {
    Replay original = Replay.builder().id("r1").status(ReplayStatus.OK).title("old").build();

    Replay renamed = original.toBuilder().title("new").build();

    assertThat(renamed.title()).isEqualTo("new");
    assertThat(renamed.id()).isEqualTo("r1");
    assertThat(original.title()).isEqualTo("old");
    assertThat(renamed).isNotEqualTo(original);
    assertThat(renamed.toBuilder().title("old").build())
        .isEqualTo(original)
        .hasSameHashCodeAs(original);
  }

  @Test
  void listsAreUnmodifiableCopies() {
    List<GroupRef> groups = new ArrayList<>();
    groups.add(GroupRef.builder().id("g1").build());
    Replay replay = Replay.builder().id("r1").status(ReplayStatus.OK).groups(groups).build();

    groups.clear();

    assertThat(replay.groups()).hasSize(1);
    assertThatThrownBy(() -> replay.groups().add(GroupRef.builder().id("g2").build()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBodyWithoutARequiredPropertyFailsAtBuildNamingIt() {
    assertThatThrownBy(
            () ->
                GroupCreate.builder()
                    .name("League")
                    .playerIdentification(PlayerIdentification.BY_ID)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("team_identification")
        .hasMessageNotContaining("player_identification");

    assertThat(
            GroupCreate.builder()
                .name("League")
                .playerIdentification(PlayerIdentification.BY_ID)
                .teamIdentification(TeamIdentification.BY_PLAYER_CLUSTERS)
                .build()
                .name())
        .isEqualTo("League");
  }

  @Test
  void aResponseWithoutRequiredPropertiesStillDecodes() throws Exception {
    WorkspaceResponse workspace = MAPPER.readValue("{\"name\":\"Maps\"}", WorkspaceResponse.class);

    assertThat(workspace.id()).isNull();
    assertThat(workspace.name()).isEqualTo("Maps");
  }

  @Test
  void extensibleEnumsCanBeSwitchedOverAndKeepUnknownValues() throws Exception {
    Playlist known = MAPPER.readValue("\"ranked-duels\"", Playlist.class);
    Playlist unknown = MAPPER.readValue("\"ranked-soccar-9v9\"", Playlist.class);

    assertThat(describe(known)).isEqualTo("duel");
    assertThat(describe(unknown)).isEqualTo("other: ranked-soccar-9v9");
    assertThat(unknown.known()).isEqualTo(Playlist.Known._UNKNOWN);
    assertThat(unknown).isEqualTo(Playlist.of("ranked-soccar-9v9"));
    assertThat(known).isSameAs(Playlist.RANKED_DUELS);
  }

  private static String describe(Playlist playlist) {
    switch (playlist.known()) {
      case RANKED_DUELS:
        return "duel";
      case _UNKNOWN:
        return "other: " + playlist.value();
      default:
        return "known";
    }
  }

  @Test
  void queryObjectsAreValuesWithBuilders() {
    ReplaysApi.ReplayQuery query =
        ReplaysApi.ReplayQuery.builder().playlist(Playlist.RANKED_DUELS).count(10).build();

    assertThat(query.toBuilder().build()).isEqualTo(query).hasSameHashCodeAs(query);
    assertThat(query.toBuilder().count(20).build().count()).isEqualTo(20);
    assertThat(query.count()).isEqualTo(10);
    assertThat(query.toString()).contains("count=10");
  }
}
