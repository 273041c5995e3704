package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.testkit.internal.emulator.ApiError;
import io.github.ballkit.testkit.internal.emulator.EmulatorRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The {@code listReplays} filters, combined with AND. Repeated {@code player-name} and {@code
 * player-id} values must all play in the replay; repeated {@code playlist} values are alternatives.
 */
final class ReplayFilter {
  private final EmulatorRequest request;
  private final User caller;
  private final Catalog catalog;
  private Predicate<ReplayRecord> filter = r -> true;

  ReplayFilter(EmulatorRequest request, User caller, Catalog catalog) {
    this.request = request;
    this.caller = caller;
    this.catalog = catalog;
  }

  Predicate<ReplayRecord> build() {
    request.param("title").ifPresent(t -> and(r -> lower(r.title).contains(lower(t))));
    for (String name : request.params("player-name")) {
      and(r -> r.content.everyone().stream().anyMatch(p -> p.name().equalsIgnoreCase(name)));
    }
    for (String id : request.params("player-id")) {
      and(
          r ->
              r.content.everyone().stream()
                  .anyMatch(p -> (p.platform() + ":" + p.platformId()).equals(id)));
    }
    List<String> playlists = request.params("playlist");
    if (!playlists.isEmpty()) {
      and(r -> playlists.contains(r.content.playlist));
    }
    request.param("season").ifPresent(s -> and(r -> ("f" + r.content.season).equals(s)));
    request.param("match-result").ifPresent(this::matchResult);
    request.param("min-rank").ifPresent(rank -> and(r -> r.content.minRankTier() >= tier(rank)));
    request.param("max-rank").ifPresent(rank -> and(r -> r.content.maxRankTier() <= tier(rank)));
    if (request.param("pro").orElse("false").equals("true")) {
      and(r -> r.content.everyone().stream().anyMatch(SyntheticReplay.Player::pro));
    }
    request
        .param("uploader")
        .map(u -> u.equals("me") ? caller.steamId() : u)
        .ifPresent(steamId -> and(r -> r.uploader.steamId().equals(steamId)));
    request.param("group").ifPresent(g -> and(r -> g.equals(r.groupId)));
    request.param("map").ifPresent(m -> and(r -> r.content.mapCode.equals(m)));
    request
        .param("created-before")
        .map(ReplayFilter::instant)
        .ifPresent(t -> and(r -> r.created.isBefore(t)));
    request
        .param("created-after")
        .map(ReplayFilter::instant)
        .ifPresent(t -> and(r -> r.created.isAfter(t)));
    request
        .param("replay-date-before")
        .map(ReplayFilter::instant)
        .ifPresent(t -> and(r -> r.content.date.toInstant().isBefore(t)));
    request
        .param("replay-date-after")
        .map(ReplayFilter::instant)
        .ifPresent(t -> and(r -> r.content.date.toInstant().isAfter(t)));
    return filter;
  }

  private void matchResult(String result) {
    if (!result.equals("win") && !result.equals("loss")) {
      throw new ApiError(400, "", "invalid match-result");
    }
    boolean wantWin = result.equals("win");
    and(
        r -> {
          boolean onBlue =
              r.content.blue.stream().anyMatch(p -> p.platformId().equals(caller.steamId()));
          boolean onOrange =
              r.content.orange.stream().anyMatch(p -> p.platformId().equals(caller.steamId()));
          if (!onBlue && !onOrange) {
            return false;
          }
          return (onBlue == r.content.blueWon()) == wantWin;
        });
  }

  private int tier(String rankId) {
    int index = catalog.rankIndex(rankId);
    if (index < 0) {
      throw new ApiError(400, "", "invalid rank " + rankId);
    }
    return index;
  }

  private void and(Predicate<ReplayRecord> more) {
    filter = filter.and(more);
  }

  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "", "invalid date " + text + " (use RFC 3339)");
    }
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
