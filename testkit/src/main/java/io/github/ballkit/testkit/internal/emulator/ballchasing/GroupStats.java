package io.github.ballkit.testkit.internal.emulator.ballchasing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Aggregates the synthetic matches of a group's processed replays into per-player and per-team
 * totals and averages. Players are matched by platform id ({@code by-id}) or by name ({@code
 * by-name}); every distinct line-up is a team (clusters are not emulated).
 */
final class GroupStats {
  private static final Map<String, String> PLATFORM_NAMES =
      Map.of("steam", "Steam", "epic", "Epic", "ps4", "PS4", "xbox", "XBox");

  private static final class Totals {
    final Map<String, String> identity = new LinkedHashMap<>();
    String team;
    int games;
    int wins;
    int duration;
    int shots;
    int goals;
    int saves;
    int assists;
    int score;
    int mvps;

    void add(SyntheticReplay match, List<SyntheticReplay.Player> side, boolean won) {
      games++;
      wins += won ? 1 : 0;
      duration += match.duration();
      for (SyntheticReplay.Player p : side) {
        shots += p.shots();
        goals += p.goals();
        saves += p.saves();
        assists += p.assists();
        score += p.score();
        mvps += p == match.mvp() ? 1 : 0;
      }
    }

    void write(ObjectNode target, boolean withMvp) {
      ObjectNode cumulative = target.putObject("cumulative");
      cumulative.put("games", games);
      cumulative.put("wins", wins);
      cumulative.put("win_percentage", SyntheticReplay.percent(wins, games));
      cumulative.put("play_duration", duration);
      core(cumulative.putObject("core"), 1, withMvp);
      core(target.putObject("game_average").putObject("core"), games, withMvp);
    }

    private void core(ObjectNode core, int per, boolean withMvp) {
      core.put("shots", avg(shots, per));
      core.put("goals", avg(goals, per));
      core.put("saves", avg(saves, per));
      core.put("assists", avg(assists, per));
      core.put("score", avg(score, per));
      if (withMvp) {
        if (per == 1) {
          core.put("mvp", mvps);
        } else {
          core.put("mvp", avg(mvps, per));
        }
      }
      core.put("shooting_percentage", SyntheticReplay.percent(goals, shots));
    }

    private static double avg(int total, int per) {
      return Math.round(total * 100.0 / per) / 100.0;
    }
  }

  private GroupStats() {}

  static void write(ObjectNode group, List<SyntheticReplay> matches, String playerIdentification) {
    if (matches.isEmpty()) {
      return;
    }
    boolean byName = "by-name".equals(playerIdentification);
    Map<String, Totals> players = new LinkedHashMap<>();
    Map<String, Totals> teams = new LinkedHashMap<>();
    for (SyntheticReplay match : matches) {
      for (boolean blue : new boolean[] {true, false}) {
        List<SyntheticReplay.Player> side = blue ? match.blue : match.orange;
        boolean won = blue == match.blueWon();
        TreeSet<String> names = new TreeSet<>();
        side.forEach(p -> names.add(p.name()));
        String teamName = String.join(" & ", names);
        TreeSet<String> lineUp = new TreeSet<>();
        for (SyntheticReplay.Player p : side) {
          String key = byName ? p.name() : p.platform() + ":" + p.platformId();
          lineUp.add(key);
          Totals t = players.computeIfAbsent(key, k -> new Totals());
          identity(t, p);
          t.team = teamName;
          t.add(match, List.of(p), won);
        }
        Totals team = teams.computeIfAbsent(String.join("|", lineUp), k -> new Totals());
        team.team = teamName;
        team.add(match, side, won);
        side.forEach(p -> team.identity.putIfAbsent(p.platform() + ":" + p.platformId(), p.name()));
      }
    }
    ArrayNode playerList = group.putArray("players");
    for (Totals t : players.values()) {
      ObjectNode node = playerList.addObject();
      node.put("platform", t.identity.get("platform"));
      node.put("id", t.identity.get("id"));
      node.put("name", t.identity.get("name"));
      node.put("team", t.team);
      t.write(node, true);
    }
    ArrayNode teamList = group.putArray("teams");
    for (Totals t : teams.values()) {
      ObjectNode node = teamList.addObject();
      node.put("name", t.team);
      ArrayNode members = node.putArray("players");
      for (String key : t.identity.keySet()) {
        String platform = key.substring(0, key.indexOf(':'));
        ObjectNode m = members.addObject();
        m.put("platform", PLATFORM_NAMES.getOrDefault(platform, platform));
        m.put("id", key.substring(key.indexOf(':') + 1));
        m.put("name", t.identity.get(key));
        m.put("team", t.team);
      }
      t.write(node, false);
    }
  }

  private static void identity(Totals t, SyntheticReplay.Player p) {
    t.identity.putIfAbsent("platform", PLATFORM_NAMES.getOrDefault(p.platform(), p.platform()));
    t.identity.putIfAbsent("id", p.platformId());
    t.identity.putIfAbsent("name", p.name());
  }
}
