package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.ballchasing.model.DemoStats;
import io.github.ballkit.ballchasing.model.Platform;
import io.github.ballkit.ballchasing.model.PlayerCoreStats;
import io.github.ballkit.ballchasing.model.PlayerId;
import io.github.ballkit.ballchasing.model.PlayerStats;
import io.github.ballkit.ballchasing.model.Rank;
import io.github.ballkit.ballchasing.model.RankId;
import io.github.ballkit.ballchasing.model.ReplayPlayer;
import io.github.ballkit.ballchasing.model.ReplayTeam;
import io.github.ballkit.ballchasing.model.SummaryPlayer;
import io.github.ballkit.ballchasing.model.SummaryTeam;
import io.github.ballkit.ballchasing.model.TeamColor;
import io.github.ballkit.ballchasing.model.TeamCoreStats;
import io.github.ballkit.ballchasing.model.TeamStats;
import java.util.List;

/**
 * The parts of a replay's answer that come from its synthetic match (ranks, teams, players and
 * their statistics), built with the generated models' builders so the spec's names and types are
 * checked by the compiler.
 */
final class MatchBodies {
  private MatchBodies() {}

  /** A rank object: {@code diamond-2} with tier 14 is {@code Diamond II Division 3}. */
  static Rank rank(String rankId, int tier) {
    StringBuilder name = new StringBuilder();
    for (String p : rankId.split("-")) {
      if (p.matches("\\d")) {
        name.append(" ").append("I".repeat(Integer.parseInt(p)));
      } else {
        name.append(name.length() == 0 ? "" : " ")
            .append(Character.toUpperCase(p.charAt(0)))
            .append(p.substring(1));
      }
    }
    int division = 1 + tier % 4;
    return Rank.builder()
        .tier(tier)
        .division(division)
        .name(name + " Division " + division)
        .id(RankId.of(rankId))
        .build();
  }

  static Rank minRank(SyntheticReplay m) {
    return m.everyone().stream()
        .min((a, c) -> Integer.compare(a.rankTier(), c.rankTier()))
        .map(p -> rank(p.rankId(), p.rankTier()))
        .orElseThrow();
  }

  static Rank maxRank(SyntheticReplay m) {
    return m.everyone().stream()
        .max((a, c) -> Integer.compare(a.rankTier(), c.rankTier()))
        .map(p -> rank(p.rankId(), p.rankTier()))
        .orElseThrow();
  }

  /** A team of the detailed replay. */
  static ReplayTeam detailTeam(SyntheticReplay m, String color, List<SyntheticReplay.Player> team) {
    SyntheticReplay.Player mvp = m.mvp();
    List<ReplayPlayer> players =
        team.stream()
            .map(
                p ->
                    ReplayPlayer.builder()
                        .startTime(0.0)
                        .endTime(m.duration() + 0.4)
                        .name(p.name())
                        .id(playerId(p))
                        .mvp(p == mvp ? Boolean.TRUE : null)
                        .pro(p.pro() ? Boolean.TRUE : null)
                        .rank(rank(p.rankId(), p.rankTier()))
                        .carId(SyntheticReplay.CAR_IDS[p.car()])
                        .carName(SyntheticReplay.CARS[p.car()])
                        .stats(
                            PlayerStats.builder()
                                .core(
                                    PlayerCoreStats.builder()
                                        .shots((double) p.shots())
                                        .goals((double) p.goals())
                                        .saves((double) p.saves())
                                        .assists((double) p.assists())
                                        .score((double) p.score())
                                        .mvp(p == mvp)
                                        .shootingPercentage(
                                            SyntheticReplay.percent(p.goals(), p.shots()))
                                        .build())
                                .demo(
                                    DemoStats.builder()
                                        .inflicted((double) (p.saves() % 3))
                                        .taken((double) p.assists())
                                        .build())
                                .build())
                        .build())
            .toList();
    int shots = team.stream().mapToInt(SyntheticReplay.Player::shots).sum();
    int goals = team.stream().mapToInt(SyntheticReplay.Player::goals).sum();
    TeamCoreStats core =
        TeamCoreStats.builder()
            .shots((double) shots)
            .goals((double) goals)
            .saves((double) team.stream().mapToInt(SyntheticReplay.Player::saves).sum())
            .assists((double) team.stream().mapToInt(SyntheticReplay.Player::assists).sum())
            .score((double) team.stream().mapToInt(SyntheticReplay.Player::score).sum())
            .shootingPercentage(SyntheticReplay.percent(goals, shots))
            .build();
    return ReplayTeam.builder()
        .color(TeamColor.of(color))
        .players(players)
        .stats(TeamStats.builder().core(core).build())
        .build();
  }

  /** A team of the listed replay; {@code goals} is left out when 0, as the service does. */
  static SummaryTeam summaryTeam(SyntheticReplay m, List<SyntheticReplay.Player> team, int goals) {
    SyntheticReplay.Player mvp = m.mvp();
    List<SummaryPlayer> players =
        team.stream()
            .map(
                p ->
                    SummaryPlayer.builder()
                        .startTime(0.0)
                        .endTime(m.duration() + 0.4)
                        .name(p.name())
                        .id(playerId(p))
                        .mvp(p == mvp ? Boolean.TRUE : null)
                        .pro(p.pro() ? Boolean.TRUE : null)
                        .rank(rank(p.rankId(), p.rankTier()))
                        .score((double) p.score())
                        .build())
            .toList();
    return SummaryTeam.builder().goals(goals > 0 ? (double) goals : null).players(players).build();
  }

  private static PlayerId playerId(SyntheticReplay.Player p) {
    return PlayerId.builder().platform(Platform.of(p.platform())).id(p.platformId()).build();
  }
}
