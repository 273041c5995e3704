package io.github.ballkit.testkit.internal.emulator.ballchasing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.Examples;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference data the emulator takes from the spec instead of repeating it: the maps (the {@code
 * listMaps} example) and the rank ids in order (the {@code RankId} enum).
 */
final class Catalog {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, String> maps;
  final List<String> rankIds;

  Catalog(ApiSpec spec) {
    this.maps = readMaps(spec);
    this.rankIds = readRanks(spec);
  }

  private static Map<String, String> readMaps(ApiSpec spec) {
    Map<String, String> out = new LinkedHashMap<>();
    spec.operation("listMaps")
        .response(200)
        .flatMap(Examples::firstMediaType)
        .flatMap(media -> Examples.exampleOf(media.getValue()))
        .map(example -> JSON.valueToTree(example))
        .ifPresent(
            node ->
                ((JsonNode) node)
                    .properties()
                    .forEach(e -> out.put(e.getKey(), e.getValue().asText())));
    if (out.isEmpty()) {
      out.put("stadium_p", "DFH Stadium");
    }
    return out;
  }

  @SuppressWarnings("rawtypes")
  private static List<String> readRanks(ApiSpec spec) {
    Schema schema = spec.model().getComponents().getSchemas().get("RankId");
    List<String> out = new ArrayList<>();
    if (schema != null && schema.getEnum() != null) {
      for (Object value : schema.getEnum()) {
        out.add(value.toString());
      }
    }
    out.remove("grand-champion");
    return out;
  }

  /** Index of a rank id in ladder order (unranked is 0), or -1. */
  int rankIndex(String rankId) {
    return rankIds.indexOf(rankId);
  }
}
