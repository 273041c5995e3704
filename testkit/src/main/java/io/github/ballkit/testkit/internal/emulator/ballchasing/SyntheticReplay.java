package io.github.ballkit.testkit.internal.emulator.ballchasing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The match a processed replay pretends to contain. The emulator does not parse replays, so
 * everything is derived deterministically from the uploaded bytes: the same file always yields the
 * same players, teams, score and statistics. The uploader always plays on blue.
 */
final class SyntheticReplay {
  private static final String[] PLAYLISTS = {"ranked-duels", "ranked-doubles", "ranked-standard"};
  private static final String[] PLATFORMS = {"steam", "epic", "ps4", "xbox"};
  static final String[] CARS = {"Octane", "Fennec", "Dominus", "Breakout"};
  static final int[] CAR_IDS = {23, 4284, 403, 22};

  /** One player of the match. */
  record Player(
      String name,
      String platform,
      String platformId,
      String rankId,
      int rankTier,
      boolean pro,
      int goals,
      int shots,
      int saves,
      int assists,
      int score,
      int car) {}

  final String sha256;
  final String playlist;
  final int teamSize;
  final String mapCode;
  final String mapName;
  final int blueGoals;
  final int orangeGoals;
  final int overtimeSeconds;
  final int season;
  final OffsetDateTime date;
  final List<Player> blue;
  final List<Player> orange;

  SyntheticReplay(byte[] bytes, User uploader, Instant uploaded, Catalog catalog) {
    this(bytes, uploader, uploaded, catalog, null, false);
  }

  /**
   * A match with a chosen playlist and, on request, a pro player on orange (for seed data).
   *
   * @param playlist a playlist id, or null to derive one of the ranked 1v1/2v2/3v3 from the bytes
   * @param withPro whether the first orange player is one of the catalog's pro players
   */
  SyntheticReplay(
      byte[] bytes,
      User uploader,
      Instant uploaded,
      Catalog catalog,
      String playlist,
      boolean withPro) {
    byte[] h = sha256(bytes);
    this.sha256 = HexFormat.of().formatHex(h);
    this.playlist = playlist != null ? playlist : PLAYLISTS[u(h[0]) % PLAYLISTS.length];
    this.teamSize = teamSize(this.playlist);
    List<String> codes = new ArrayList<>(catalog.maps.keySet());
    this.mapCode = codes.get(u(h[1]) % codes.size());
    this.mapName = catalog.maps.get(mapCode);
    int b = u(h[2]) % 5;
    int o = u(h[3]) % 5;
    if (b == o) {
      if (u(h[4]) % 2 == 0) {
        b++;
      } else {
        o++;
      }
      this.overtimeSeconds = 5 + u(h[5]) % 90;
    } else {
      this.overtimeSeconds = 0;
    }
    this.blueGoals = b;
    this.orangeGoals = o;
    this.season = Math.max(1, catalog.freeToPlaySeasons - 7) + u(h[6]) % 8;
    this.date =
        uploaded
            .minus(Duration.ofMinutes(30L + u(h[7])))
            .atOffset(ZoneOffset.ofHours(1))
            .withNano(0);
    this.blue = team(h, 8, b, uploader, catalog);
    List<Player> orangeTeam = team(h, 20, o, null, catalog);
    if (withPro && !catalog.proPlayers.isEmpty()) {
      Player first = orangeTeam.get(0);
      String pro = catalog.proPlayers.get(u(h[30]) % catalog.proPlayers.size());
      orangeTeam.set(
          0,
          new Player(
              pro,
              "steam",
              "7656119" + String.format("%010d", Math.floorMod(pro.hashCode(), 1_000_000_000)),
              first.rankId(),
              first.rankTier(),
              true,
              first.goals(),
              first.shots(),
              first.saves(),
              first.assists(),
              first.score(),
              first.car()));
    }
    this.orange = List.copyOf(orangeTeam);
  }

  /** Players per team: 1 in duels, 2 in doubles and hoops, 3 otherwise. */
  private static int teamSize(String playlist) {
    if (playlist.contains("duel")) {
      return 1;
    }
    return playlist.contains("doubles") || playlist.contains("hoops") ? 2 : 3;
  }

  private List<Player> team(byte[] h, int offset, int goals, User first, Catalog catalog) {
    List<Player> players = new ArrayList<>();
    int ranks = Math.max(1, catalog.rankIds.size() - 1);
    for (int i = 0; i < teamSize; i++) {
      int seed = u(h[(offset + i * 3) % h.length]);
      int seed2 = u(h[(offset + i * 3 + 1) % h.length]);
      int scored = goals / teamSize + (i < goals % teamSize ? 1 : 0);
      int shots = scored + seed % 4;
      int saves = seed2 % 4;
      int assists = (seed >> 2) % 2;
      int score = 100 * scored + 50 * saves + 20 * shots + 50 * assists + seed % 40;
      int rankIndex = 1 + (seed + seed2) % ranks;
      String rankId = catalog.rankIds.isEmpty() ? "unranked" : catalog.rankIds.get(rankIndex);
      boolean isUploader = first != null && i == 0;
      String platform = isUploader ? "steam" : PLATFORMS[seed % PLATFORMS.length];
      String name = isUploader ? first.name() : String.format("Player-%02x%02x", seed, seed2);
      String id =
          isUploader
              ? first.steamId()
              : switch (platform) {
                case "steam" -> "7656119" + String.format("%010d", seed * 1000L + seed2);
                case "epic" -> String.format("%02x", seed).repeat(16);
                case "ps4" -> name;
                default -> Long.toString(2_535_400_000_000_000L + seed * 256L + seed2);
              };
      players.add(
          new Player(
              name,
              platform,
              id,
              rankId,
              rankIndex,
              seed2 % 13 == 0,
              scored,
              shots,
              saves,
              assists,
              score,
              seed % CARS.length));
    }
    return players;
  }

  int duration() {
    return 300 + overtimeSeconds;
  }

  boolean blueWon() {
    return blueGoals > orangeGoals;
  }

  List<Player> everyone() {
    List<Player> all = new ArrayList<>(blue);
    all.addAll(orange);
    return all;
  }

  Player mvp() {
    List<Player> winners = blueWon() ? blue : orange;
    return winners.stream().max((a, c) -> Integer.compare(a.score(), c.score())).orElseThrow();
  }

  String playlistName() {
    StringBuilder out = new StringBuilder();
    for (String word : playlist.split("-")) {
      out.append(out.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(word.charAt(0)))
          .append(word.substring(1));
    }
    return out.toString();
  }

  String rocketLeagueId() {
    return sha256.substring(0, 32).toUpperCase(Locale.ROOT);
  }

  String matchGuid() {
    return sha256.substring(32).toUpperCase(Locale.ROOT);
  }

  String dateText() {
    return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  int minRankTier() {
    return everyone().stream().mapToInt(Player::rankTier).min().orElse(0);
  }

  int maxRankTier() {
    return everyone().stream().mapToInt(Player::rankTier).max().orElse(0);
  }

  static double percent(int part, int whole) {
    return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 100.0;
  }

  private static int u(byte b) {
    return b & 0xff;
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
