package io.github.ballkit.examples.ballchasing;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.ReplaySortBy;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.SortDirection;
import java.io.PrintStream;
import java.util.List;

/**
 * Lists every replay of a player across all pages, with filters: each page is fetched with the same
 * filters plus the cursor, lazily and within the rate limits.
 */
public final class PlayerReplays {
  private PlayerReplays() {}

  public static List<ReplaySummary> run(
      BallchasingClient client, String player, int pageSize, PrintStream out) {
    ReplayQuery query =
        ReplayQuery.builder()
            .playerName(player)
            .sortBy(ReplaySortBy.REPLAY_DATE)
            .sortDir(SortDirection.DESC)
            .count(pageSize)
            .build();
    List<ReplaySummary> replays = client.listAllReplays(query).toList();
    out.printf("%d replay(s) with player '%s' (pages of %d):%n", replays.size(), player, pageSize);
    for (ReplaySummary replay : replays) {
      out.printf(
          "  %s  %-40s %s%n",
          replay.id(),
          replay.replayTitle(),
          replay.playlistName() == null ? "" : replay.playlistName());
    }
    return replays;
  }
}
