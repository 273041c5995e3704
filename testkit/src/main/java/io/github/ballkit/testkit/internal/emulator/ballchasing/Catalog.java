package io.github.ballkit.testkit.internal.emulator.ballchasing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference data of the emulator, each fact stated once: maps, seasons and the seed's pro
 * players in {@value #RESOURCE} (which the testkit README points to), playlists and ranks in the
 * spec (the {@code Playlist} and {@code RankId} enums).
 */
final class Catalog {
  /** The classpath resource holding the maps, seasons and pro players. */
  static final String RESOURCE = "io/github/ballkit/testkit/ballchasing-reference.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, String> maps;
  final List<String> rankIds;
  final List<String> playlists;
  final int freeToPlaySeasons;
  final List<String> proPlayers;

  Catalog(ApiSpec spec) {
    JsonNode reference = read();
    Map<String, String> codes = new LinkedHashMap<>();
    reference.path("maps").properties().forEach(e -> codes.put(e.getKey(), e.getValue().asText()));
    this.maps = java.util.Collections.unmodifiableMap(codes);
    this.freeToPlaySeasons = reference.path("seasons").path("free2play").asInt(1);
    List<String> pros = new ArrayList<>();
    reference.path("proPlayers").forEach(p -> pros.add(p.asText()));
    this.proPlayers = List.copyOf(pros);
    List<String> ranks = enumValues(spec, "RankId");
    ranks.remove("grand-champion");
    this.rankIds = List.copyOf(ranks);
    this.playlists = List.copyOf(enumValues(spec, "Playlist"));
  }

  private static JsonNode read() {
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE + " in the testkit jar");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @SuppressWarnings("rawtypes")
  private static List<String> enumValues(ApiSpec spec, String schemaName) {
    Schema schema = spec.model().getComponents().getSchemas().get(schemaName);
    List<String> out = new ArrayList<>();
    if (schema != null && schema.getEnum() != null) {
      for (Object value : schema.getEnum()) {
        out.add(value.toString());
      }
    }
    return out;
  }

  /** Index of a rank id in ladder order (unranked is 0), or -1. */
  int rankIndex(String rankId) {
    return rankIds.indexOf(rankId);
  }
}
