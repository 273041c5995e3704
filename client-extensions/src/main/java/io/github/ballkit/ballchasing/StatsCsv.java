package io.github.ballkit.ballchasing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPlayer;
import io.github.ballkit.ballchasing.model.ReplayTeam;
import io.github.ballkit.ballchasing.model.TeamStats;
import io.github.ballkit.core.internal.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replay statistics as CSV, one row per player per replay ({@link #players()}) or per team per
 * replay ({@link #teams()}), like python-ballchasing's {@code get_stats}:
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("players.csv"))) {
 *   StatsCsv.players().write(GroupTree.of(client, groupId).replays(), out);
 * }
 * }</pre>
 *
 * <p>The columns are derived from the spec's schemas (the generated {@code Replay}, {@code
 * ReplayTeam}, {@code ReplayPlayer} and their statistics models), so they are the same for every
 * replay and change only with the spec: {@code replay.*} for the replay's own properties ({@code
 * replay.id}, {@code replay.title}, {@code replay.uploader.name}, ...), {@code team.*} for the team
 * ({@code team.color}, {@code team.name}; in team rows also {@code team.stats.*}) and, in player
 * rows, {@code player.*} ({@code player.name}, {@code player.id.platform}, {@code
 * player.stats.core.goals}, ...). Nested objects are flattened with dots, lists are left out, and a
 * value the server left out is an empty cell. {@link #columns()} lists them; {@code
 * docs/stats-columns.md} lists them all.
 *
 * <p>Streaming: each replay's rows are written and flushed before the next replay is taken from the
 * stream, so memory stays flat however many replays there are.
 */
public final class StatsCsv {
  private static final ObjectMapper JSON = Json.shared();
  private static final CsvMapper CSV = csvMapper();
  private static final StatsCsv PLAYERS = new StatsCsv(true);
  private static final StatsCsv TEAMS = new StatsCsv(false);

  private final boolean perPlayer;
  private final StatsColumns replay;
  private final StatsColumns team;
  private final StatsColumns player;
  private final List<String> columns;

  private StatsCsv(boolean perPlayer) {
    this.perPlayer = perPlayer;
    this.replay = StatsColumns.of(JSON, Replay.class, "replay", Set.of(ReplayTeam.class));
    this.team =
        StatsColumns.of(
            JSON, ReplayTeam.class, "team", perPlayer ? Set.of(TeamStats.class) : Set.of());
    this.player = perPlayer ? StatsColumns.of(JSON, ReplayPlayer.class, "player", Set.of()) : null;
    List<String> names = new ArrayList<>(replay.names());
    names.addAll(team.names());
    if (player != null) {
      names.addAll(player.names());
    }
    this.columns = List.copyOf(names);
  }

  private static CsvMapper csvMapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller's writer stays open
    mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only what needs it
    return mapper;
  }

  /**
   * Returns the export with one row per player of each replay: replay, team and player columns.
   *
   * @return the per-player export
   */
  public static StatsCsv players() {
    return PLAYERS;
  }

  /**
   * Returns the export with one row per team of each replay: replay and team columns, the team's
   * statistics included.
   *
   * @return the per-team export
   */
  public static StatsCsv teams() {
    return TEAMS;
  }

  /**
   * Returns the header: every column, in order.
   *
   * @return the column names, unmodifiable
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Writes the header and the rows of each replay, blue team first. A replay without teams or
   * players (one still being processed) gives no row.
   *
   * @param replays the replays, in full ({@code getReplay}, or {@link GroupTree#replays()})
   * @param out where to write; flushed after each replay, not closed
   * @return how many rows were written, the header not counted
   * @throws IOException when writing fails
   */
  public long write(Stream<Replay> replays, Writer out) throws IOException {
    return write(replays.iterator(), out);
  }

  /**
   * Writes the header and the rows of each replay, as {@link #write(Stream, Writer)} does.
   *
   * @param replays the replays
   * @param out where to write; flushed after each replay, not closed
   * @return how many rows were written
   * @throws IOException when writing fails
   */
  public long write(Iterator<Replay> replays, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    long rows = 0;
    try (SequenceWriter writer =
        CSV.writerFor(List.class).with(schema.build().withoutHeader()).writeValues(out)) {
      writer.write(columns); // the header, written even when no replay has rows
      writer.flush();
      while (replays.hasNext()) {
        for (List<String> row : rows(replays.next())) {
          writer.write(row);
          rows++;
        }
        writer.flush();
      }
    }
    out.flush();
    return rows;
  }

  /** The rows of one replay. */
  private List<List<String>> rows(Replay value) {
    JsonNode node = JSON.valueToTree(value);
    List<List<String>> rows = new ArrayList<>();
    for (String color : List.of("blue", "orange")) {
      JsonNode teamNode = node.get(color);
      if (teamNode == null || !teamNode.isObject()) {
        continue;
      }
      if (!perPlayer) {
        rows.add(row(node, teamNode, null));
        continue;
      }
      JsonNode players = teamNode.get("players");
      if (players != null && players.isArray()) {
        for (JsonNode playerNode : players) {
          rows.add(row(node, teamNode, playerNode));
        }
      }
    }
    return rows;
  }

  private List<String> row(JsonNode replayNode, JsonNode teamNode, JsonNode playerNode) {
    List<String> row = new ArrayList<>(columns.size());
    replay.values(replayNode, row);
    team.values(teamNode, row);
    if (player != null) {
      player.values(playerNode, row);
    }
    return row;
  }

  @Override
  public String toString() {
    return "StatsCsv[" + (perPlayer ? "players" : "teams") + ", " + columns.size() + " columns]";
  }
}
