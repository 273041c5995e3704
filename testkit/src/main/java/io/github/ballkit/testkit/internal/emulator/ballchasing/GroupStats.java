package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.ballchasing.model.GroupPlayer;
import io.github.ballkit.ballchasing.model.GroupPlayerAverageCoreStats;
import io.github.ballkit.ballchasing.model.GroupPlayerAverageStats;
import io.github.ballkit.ballchasing.model.GroupPlayerCoreStats;
import io.github.ballkit.ballchasing.model.GroupPlayerCumulativeStats;
import io.github.ballkit.ballchasing.model.GroupTeam;
import io.github.ballkit.ballchasing.model.GroupTeamAverageStats;
import io.github.ballkit.ballchasing.model.GroupTeamCumulativeStats;
import io.github.ballkit.ballchasing.model.GroupTeamPlayer;
import io.github.ballkit.ballchasing.model.TeamCoreStats;
import java.util.ArrayList;
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

    GroupPlayerCumulativeStats playerCumulative() {
      return GroupPlayerCumulativeStats.builder()
          .games(games)
          .wins(wins)
          .winPercentage(SyntheticReplay.percent(wins, games))
          .playDuration(duration)
          .core(
              GroupPlayerCoreStats.builder()
                  .shots((double) shots)
                  .goals((double) goals)
                  .saves((double) saves)
                  .assists((double) assists)
                  .score((double) score)
                  .mvp(mvps)
                  .shootingPercentage(SyntheticReplay.percent(goals, shots))
                  .build())
          .build();
    }

    GroupPlayerAverageStats playerAverage() {
      return GroupPlayerAverageStats.builder()
          .core(
              GroupPlayerAverageCoreStats.builder()
                  .shots(avg(shots, games))
                  .goals(avg(goals, games))
                  .saves(avg(saves, games))
                  .assists(avg(assists, games))
                  .score(avg(score, games))
                  .mvp(avg(mvps, games))
                  .shootingPercentage(SyntheticReplay.percent(goals, shots))
                  .build())
          .build();
    }

    GroupTeamCumulativeStats teamCumulative() {
      return GroupTeamCumulativeStats.builder()
          .games(games)
          .wins(wins)
          .winPercentage(SyntheticReplay.percent(wins, games))
          .playDuration(duration)
          .core(teamCore(1))
          .build();
    }

    GroupTeamAverageStats teamAverage() {
      return GroupTeamAverageStats.builder().core(teamCore(games)).build();
    }

    private TeamCoreStats teamCore(int per) {
      return TeamCoreStats.builder()
          .shots(avg(shots, per))
          .goals(avg(goals, per))
          .saves(avg(saves, per))
          .assists(avg(assists, per))
          .score(avg(score, per))
          .shootingPercentage(SyntheticReplay.percent(goals, shots))
          .build();
    }

    private static double avg(int total, int per) {
      return Math.round(total * 100.0 / per) / 100.0;
    }
  }

  private GroupStats() {}

  /** The per-player and per-team lists of a group ({@code null} when no replay is processed). */
  record Result(List<GroupPlayer> players, List<GroupTeam> teams) {}

  static Result of(List<SyntheticReplay> matches, String playerIdentification) {
    if (matches.isEmpty()) {
      return new Result(null, null);
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
    List<GroupPlayer> playerList = new ArrayList<>();
    for (Totals t : players.values()) {
      playerList.add(
          GroupPlayer.builder()
              .platform(t.identity.get("platform"))
              .id(t.identity.get("id"))
              .name(t.identity.get("name"))
              .team(t.team)
              .cumulative(t.playerCumulative())
              .gameAverage(t.playerAverage())
              .build());
    }
    List<GroupTeam> teamList = new ArrayList<>();
    for (Totals t : teams.values()) {
      List<GroupTeamPlayer> members = new ArrayList<>();
      for (String key : t.identity.keySet()) {
        String platform = key.substring(0, key.indexOf(':'));
        members.add(
            GroupTeamPlayer.builder()
                .platform(PLATFORM_NAMES.getOrDefault(platform, platform))
                .id(key.substring(key.indexOf(':') + 1))
                .name(t.identity.get(key))
                .team(t.team)
                .build());
      }
      teamList.add(
          GroupTeam.builder()
              .name(t.team)
              .players(members)
              .cumulative(t.teamCumulative())
              .gameAverage(t.teamAverage())
              .build());
    }
    return new Result(playerList, teamList);
  }

  private static void identity(Totals t, SyntheticReplay.Player p) {
    t.identity.putIfAbsent("platform", PLATFORM_NAMES.getOrDefault(p.platform(), p.platform()));
    t.identity.putIfAbsent("id", p.platformId());
    t.identity.putIfAbsent("name", p.name());
  }
}
