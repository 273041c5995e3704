package io.github.ballkit.examples.ballchasing;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.ReplaySortBy;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.SortDirection;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Lists the replays of a player across all pages, newest first, with filters: each page is fetched
 * with the same filters plus the cursor, lazily and within the rate limits, and fetching stops at
 * {@code max} replays.
 */
public final class PlayerReplays {
  private PlayerReplays() {}

  /**
   * How to list.
   *
   * @param pageSize replays per page (1 to 200): large against the real service, small against the
   *     emulator to show the paging
   * @param max stop after this many replays
   * @param createdAfter only replays uploaded after this instant, or {@code null} for all
   */
  public record Listing(int pageSize, int max, OffsetDateTime createdAfter) {}

  public static List<ReplaySummary> run(
      BallchasingClient client, String player, Listing listing, PrintStream out) {
    ReplayQuery query =
        ReplayQuery.builder()
            .playerName(player)
            .createdAfter(listing.createdAfter())
            .sortBy(ReplaySortBy.REPLAY_DATE)
            .sortDir(SortDirection.DESC)
            .count(listing.pageSize())
            .build();
    List<ReplaySummary> replays = client.listAllReplays(query).limit(listing.max()).toList();
    out.printf(
        "%d replay(s) with player '%s'%s (pages of %d, at most %d):%n",
        replays.size(),
        player,
        listing.createdAfter() == null ? "" : " uploaded after " + listing.createdAfter(),
        listing.pageSize(),
        listing.max());
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
