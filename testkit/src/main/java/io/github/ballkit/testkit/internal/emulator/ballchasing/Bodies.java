package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.ballchasing.model.Creator;
import io.github.ballkit.ballchasing.model.ErrorBody;
import io.github.ballkit.ballchasing.model.GameServer;
import io.github.ballkit.ballchasing.model.Group;
import io.github.ballkit.ballchasing.model.GroupRef;
import io.github.ballkit.ballchasing.model.GroupStatus;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.MatchType;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballchasing.model.Uploader;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.testkit.internal.emulator.Times;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballchasing emulator's answers, built with the generated models' builders (and written by
 * Jackson), so a property the spec renames or retypes breaks the emulator's compilation instead of
 * its answers. Reads the service's state through {@link State}.
 */
final class Bodies {
  /** What the bodies need to know of the service's state. */
  interface State {
    boolean processed(ReplayRecord replay);

    GroupRecord groupOrNull(String id);

    List<String> descendants(String groupId);

    List<ReplayRecord> replaysIn(List<String> groupIds);
  }

  private final State state;

  Bodies(State state) {
    this.state = state;
  }

  static ErrorBody error(int status, String message) {
    ErrorBody.Builder body = ErrorBody.builder().error(message);
    if (status != 404 && status != 429) {
      body.chat(chat("What a save!"));
    }
    return body.build();
  }

  static Ping ping(User caller, String tier) {
    return Ping.builder()
        .ball("is life")
        .boost("over ball")
        .chaser(true)
        .chat(chat("Nice shot!"))
        .steamId(caller.steamId())
        .name(caller.name())
        .type(PatronTier.of(tier))
        .build();
  }

  private static Map<String, String> chat(String line) {
    Map<String, String> chat = new LinkedHashMap<>();
    chat.put("Emulator", line);
    chat.put("YOU", "Thanks!");
    return chat;
  }

  static Uploader uploader(User user) {
    return Uploader.builder().steamId(user.steamId()).name(user.name()).build();
  }

  Replay replay(ReplayRecord r, String apiUrl) {
    Replay.Builder replay =
        Replay.builder()
            .id(r.id)
            .link(apiUrl + "/replays/" + r.id)
            .created(Times.utcTime(r.created))
            .uploader(uploader(r.uploader));
    if (!state.processed(r)) {
      return replay.status(ReplayStatus.PENDING).build();
    }
    SyntheticReplay m = r.content;
    return replay
        .status(ReplayStatus.OK)
        .rocketLeagueId(m.rocketLeagueId())
        .matchGuid(m.matchGuid())
        .title(r.title)
        .matchType(MatchType.ONLINE)
        .teamSize(m.teamSize)
        .mapCode(m.mapCode)
        .mapName(m.mapName)
        .playlistId(Playlist.of(m.playlist))
        .playlistName(m.playlistName())
        .duration(m.duration())
        .overtime(m.overtimeSeconds > 0)
        .overtimeSeconds(m.overtimeSeconds > 0 ? m.overtimeSeconds : null)
        .season(m.season)
        .seasonType("free2play")
        .date(m.date)
        .dateHasTimezone(true)
        .visibility(Visibility.of(r.visibility))
        .minRank(MatchBodies.minRank(m))
        .maxRank(MatchBodies.maxRank(m))
        .groups(groupRefs(r, apiUrl))
        .blue(MatchBodies.detailTeam(m, "blue", m.blue))
        .orange(MatchBodies.detailTeam(m, "orange", m.orange))
        .server(GameServer.builder().name("EMU101-Emulator").region("EU").build())
        .build();
  }

  ReplaySummary summary(ReplayRecord r, String apiUrl) {
    SyntheticReplay m = r.content;
    return ReplaySummary.builder()
        .id(r.id)
        .link(apiUrl + "/replays/" + r.id)
        .rocketLeagueId(m.rocketLeagueId())
        .replayTitle(r.title)
        .mapCode(m.mapCode)
        .mapName(m.mapName)
        .playlistId(Playlist.of(m.playlist))
        .playlistName(m.playlistName())
        .duration(m.duration())
        .overtime(m.overtimeSeconds > 0)
        .overtimeSeconds(m.overtimeSeconds > 0 ? m.overtimeSeconds : null)
        .season(m.season)
        .seasonType("free2play")
        .date(m.date)
        .dateHasTz(true)
        .visibility(Visibility.of(r.visibility))
        .created(Times.utcTime(r.created))
        .minRank(MatchBodies.minRank(m))
        .maxRank(MatchBodies.maxRank(m))
        .uploader(uploader(r.uploader))
        .groups(groupRefs(r, apiUrl))
        .blue(MatchBodies.summaryTeam(m, m.blue, m.blueGoals))
        .orange(MatchBodies.summaryTeam(m, m.orange, m.orangeGoals))
        .build();
  }

  private List<GroupRef> groupRefs(ReplayRecord r, String apiUrl) {
    GroupRecord g = r.groupId == null ? null : state.groupOrNull(r.groupId);
    if (g == null) {
      return null;
    }
    return List.of(
        GroupRef.builder().id(g.id).name(g.name).link(apiUrl + "/groups/" + g.id).build());
  }

  Group group(GroupRecord g, String apiUrl) {
    List<String> all = new ArrayList<>(state.descendants(g.id));
    all.add(g.id);
    List<ReplayRecord> inside = state.replaysIn(all);
    boolean pending = inside.stream().anyMatch(r -> !state.processed(r));
    GroupStats.Result stats =
        GroupStats.of(
            inside.stream().filter(state::processed).map(r -> r.content).toList(),
            g.playerIdentification);
    return Group.builder()
        .id(g.id)
        .link(apiUrl + "/groups/" + g.id)
        .name(g.name)
        .created(Times.utcTime(g.created))
        .status(pending ? GroupStatus.PENDING_REPLAYS : GroupStatus.OK)
        .playerIdentification(PlayerIdentification.of(g.playerIdentification))
        .teamIdentification(TeamIdentification.of(g.teamIdentification))
        .shared(g.shared)
        .creator(
            Creator.builder()
                .steamId(g.creator.steamId())
                .name(g.creator.name())
                .avatarFull("")
                .avatarMedium("")
                .build())
        .players(stats.players())
        .teams(stats.teams())
        .build();
  }

  GroupSummary groupSummary(GroupRecord g, String apiUrl) {
    return GroupSummary.builder()
        .id(g.id)
        .link(apiUrl + "/groups/" + g.id)
        .name(g.name)
        .created(Times.utcTime(g.created))
        .playerIdentification(PlayerIdentification.of(g.playerIdentification))
        .teamIdentification(TeamIdentification.of(g.teamIdentification))
        .directReplays(state.replaysIn(List.of(g.id)).size())
        .indirectReplays(state.replaysIn(state.descendants(g.id)).size())
        .shared(g.shared)
        .user(uploader(g.creator))
        .build();
  }
}
