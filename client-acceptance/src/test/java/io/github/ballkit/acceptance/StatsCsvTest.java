package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.StatsCsv;
import io.github.ballkit.ballchasing.model.PlayerBoostStats;
import io.github.ballkit.ballchasing.model.PlayerCoreStats;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPlayer;
import io.github.ballkit.ballchasing.model.TeamCoreStats;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay, team and player statistics flatten to CSV with columns that follow the spec. */
class StatsCsvTest {
  private final Emulated emulated = new Emulated();
  @TempDir Path dir;

  @AfterEach
  void close() {
    emulated.close();
  }

  /** The JSON names of a model's properties, read from its generated accessors. */
  private static List<String> jsonNames(Class<?> model) {
    return Arrays.stream(model.getMethods())
        .map(method -> method.getAnnotation(JsonProperty.class))
        .filter(Objects::nonNull)
        .map(JsonProperty::value)
        .toList();
  }

  static List<Map<String, String>> parse(String csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void everyStatisticOfTheSpecIsAColumn() {
    List<String> players = StatsCsv.players().columns();
    List<String> teams = StatsCsv.teams().columns();

    for (String name : jsonNames(PlayerCoreStats.class)) {
      assertThat(players).contains("player.stats.core." + name);
    }
    for (String name : jsonNames(PlayerBoostStats.class)) {
      assertThat(players).contains("player.stats.boost." + name);
    }
    for (String name : jsonNames(TeamCoreStats.class)) {
      assertThat(teams).contains("team.stats.core." + name);
    }
    assertThat(players)
        .contains(
            "replay.id", "replay.title", "replay.uploader.name", "team.color", "player.id.platform")
        .doesNotContain("team.stats.core.goals")
        .noneMatch(column -> column.contains("players") || column.contains("groups"))
        .doesNotHaveDuplicates();
    assertThat(teams).noneMatch(column -> column.startsWith("player."));
  }

  @Test
  void oneRowPerPlayerPerReplayWithTheReplaysValues() throws Exception {
    BallchasingClient client = emulated.client().build();
    String group = emulated.group(client, "Stats", null);
    for (int i = 1; i <= 3; i++) {
      client.upload(Emulated.replay(dir, "g" + i + ".replay", i), null, group);
    }
    List<Replay> replays = GroupTree.of(client, group).replays().toList();
    StringWriter out = new StringWriter();

    long rows = StatsCsv.players().write(replays.stream(), out);

    List<Map<String, String>> table = parse(out.toString());
    int players =
        replays.stream()
            .mapToInt(r -> r.blue().players().size() + r.orange().players().size())
            .sum();
    assertThat(rows).isEqualTo(players);
    assertThat(table).hasSize(players);
    assertThat(out.toString().lines().findFirst())
        .hasValue(String.join(",", StatsCsv.players().columns()));
    Replay first = replays.get(0);
    ReplayPlayer player = first.blue().players().get(0);
    Map<String, String> row = table.get(0);
    assertThat(row)
        .containsEntry("replay.id", first.id())
        .containsEntry("team.color", "blue")
        .containsEntry("player.name", player.name());
    assertThat(Double.parseDouble(row.get("player.stats.core.score")))
        .isEqualTo(player.stats().core().score());
  }

  @Test
  void oneRowPerTeamPerReplay() throws Exception {
    BallchasingClient client = emulated.client().build();
    String id = client.upload(Emulated.replay(dir, "t.replay", 9), null, null).id();
    Replay replay = client.replays().getReplay(id);
    StringWriter out = new StringWriter();

    long rows = StatsCsv.teams().write(List.of(replay).stream(), out);

    assertThat(rows).isEqualTo(2);
    assertThat(parse(out.toString()))
        .extracting(row -> row.get("team.color") + " " + row.get("team.stats.core.goals"))
        .containsExactly(
            "blue " + text(replay.blue().stats().core().goals()),
            "orange " + text(replay.orange().stats().core().goals()));
  }

  /** A number as the CSV writes it (as JSON does), empty when absent. */
  private static String text(Double value) {
    return value == null
        ? ""
        : com.fasterxml.jackson.databind.node.DoubleNode.valueOf(value).asText();
  }
}
