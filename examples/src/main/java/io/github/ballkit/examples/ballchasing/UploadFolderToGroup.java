package io.github.ballkit.examples.ballchasing;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.JobItem;
import io.github.ballkit.ballchasing.JobReport;
import io.github.ballkit.ballchasing.model.Group;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.GroupCreated;
import io.github.ballkit.ballchasing.model.GroupPlayer;
import io.github.ballkit.ballchasing.model.GroupPlayerCoreStats;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.examples.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Uploads a folder tree of {@code .replay} files into a new group, its sub-folders as sub-groups
 * ({@link GroupTree#uploadFrom}: duplicates are reported, not fatal), waits until ballchasing has
 * processed them (polling them all at once through {@code client.async()}), and prints a per-player
 * stats table for the group.
 */
public final class UploadFolderToGroup {
  private static final int PLAYER_WIDTH = 20;
  private static final int TEAM_WIDTH = 28;

  /**
   * One format for the header and the rows of the stats table, so the columns line up; the name
   * columns are as wide as {@link #fit} cuts them.
   */
  static final String STATS_ROW =
      "  %-" + PLAYER_WIDTH + "s %-" + TEAM_WIDTH + "s %5s %5s %5s %5s %5s %6s%n";

  private UploadFolderToGroup() {}

  /** What the job did. */
  public record Result(
      String groupId, List<String> uploaded, List<String> duplicates, Group group) {}

  public static Result run(
      BallchasingClient client,
      Path folder,
      String groupName,
      Duration maxWait,
      Progress progress,
      PrintStream out)
      throws InterruptedException {
    GroupCreated created =
        client
            .groups()
            .createGroup(
                GroupCreate.builder()
                    .name(groupName)
                    .playerIdentification(PlayerIdentification.BY_ID)
                    .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                    .build());
    out.println("Created group " + created.id());

    progress.reset();
    JobReport report =
        GroupTree.of(client, created.id()).uploadFrom(folder, Visibility.PRIVATE, progress);
    out.println(
        "Uploaded into "
            + report.groups().size()
            + " group(s), "
            + report.createdGroups().size()
            + " of them new");
    List<String> uploaded =
        report.items(JobItem.Outcome.UPLOADED).stream().map(JobItem::replayId).toList();
    List<String> duplicates =
        report.items(JobItem.Outcome.DUPLICATE).stream().map(JobItem::replayId).toList();

    waitUntilProcessed(client, uploaded, maxWait, out);
    Group group = client.groups().getGroup(created.id());
    printStats(group, out);
    return new Result(created.id(), uploaded, duplicates, group);
  }

  /** Polls the replays until none is pending, each round's calls in parallel. */
  private static void waitUntilProcessed(
      BallchasingClient client, List<String> ids, Duration maxWait, PrintStream out)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(maxWait);
    Set<String> pending = new LinkedHashSet<>(ids);
    while (!pending.isEmpty()) {
      Map<String, CompletableFuture<Replay>> polls = new LinkedHashMap<>();
      pending.forEach(id -> polls.put(id, client.async().replays().getReplay(id)));
      for (Map.Entry<String, CompletableFuture<Replay>> poll : polls.entrySet()) {
        Replay replay = poll.getValue().join();
        if (!ReplayStatus.PENDING.equals(replay.status())) {
          pending.remove(poll.getKey());
          if (ReplayStatus.FAILED.equals(replay.status())) {
            out.println("  replay " + poll.getKey() + " failed to process");
          }
        }
      }
      if (pending.isEmpty()) {
        break;
      }
      if (Instant.now().isAfter(deadline)) {
        out.println("  still processing after " + maxWait.toSeconds() + " s: " + pending);
        return;
      }
      out.println("  waiting for " + pending.size() + " replay(s) to be processed...");
      Thread.sleep(1000);
    }
    out.println("All " + ids.size() + " replays processed.");
  }

  static void printStats(Group group, PrintStream out) {
    out.printf("Group '%s' (%s)%n", group.name(), group.status());
    out.printf(STATS_ROW, "player", "team", "games", "wins", "goals", "saves", "shots", "score");
    if (group.players() == null || group.players().isEmpty()) {
      out.println("  (no player stats yet)");
      return;
    }
    for (GroupPlayer player : group.players()) {
      var cumulative = player.cumulative();
      GroupPlayerCoreStats core = cumulative == null ? null : cumulative.core();
      out.printf(
          STATS_ROW,
          fit(player.name(), PLAYER_WIDTH),
          fit(player.team(), TEAM_WIDTH),
          number(cumulative == null ? null : cumulative.games()),
          number(cumulative == null ? null : cumulative.wins()),
          number(core == null ? null : core.goals()),
          number(core == null ? null : core.saves()),
          number(core == null ? null : core.shots()),
          number(core == null ? null : core.score()));
    }
  }

  /** Cuts a text to its column, so a long name cannot push the other columns out of line. */
  private static String fit(String text, int width) {
    if (text == null) {
      return "";
    }
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }

  private static String number(Number value) {
    if (value == null) {
      return "-";
    }
    double d = value.doubleValue();
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format("%.1f", d);
  }
}
