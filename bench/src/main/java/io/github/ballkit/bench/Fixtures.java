package io.github.ballkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Response bodies shared by the benchmarks. */
final class Fixtures {
  /** The replay id of {@code replay.json}. */
  static final String REPLAY_ID = "9d1e4c2a-7b3f-4e5d-8a6c-1f2e3d4c5b6a";

  /** The workspace id of {@link #WORKSPACE_JSON}. */
  static final String WORKSPACE_ID = "ws-4f9c1b2e";

  /**
   * A 1v1 replay as {@code GET /replays/{id}} returns it, about 3.2 KB of compact JSON: the spec's
   * example plus ranks, groups, the recorder and per-player boost statistics.
   */
  static final byte[] REPLAY_JSON = resource("replay.json");

  /** How many replays {@link #REPLAY_PAGE_JSON} lists. */
  static final int PAGE_SIZE = 150;

  /**
   * The large body: a {@code listReplays} page of {@value #PAGE_SIZE} replays, about 0.5 MB of
   * compact JSON. Each entry is {@link #REPLAY_JSON} with its own id and its title under the name
   * the summary has; the properties a summary does not list are kept as unknown ones.
   */
  static final byte[] REPLAY_PAGE_JSON = replayPage(PAGE_SIZE);

  /** The spec's example of {@code GET /api/v1/workspaces/{workspace_id}}. */
  static final byte[] WORKSPACE_JSON =
      ("{\"id\":\""
              + WORKSPACE_ID
              + "\",\"name\":\"My Mods\",\"size\":48213,"
              + "\"create_time\":\"2026-01-09T12:00:00Z\","
              + "\"modified_time\":\"2026-04-18T08:15:42.381000Z\"}")
          .getBytes(StandardCharsets.UTF_8);

  /** A ballchasing 429 body. */
  static final byte[] RATE_LIMITED_JSON =
      "{\"error\":\"rate limit exceeded\"}".getBytes(StandardCharsets.UTF_8);

  static final byte[] NOT_FOUND_JSON = "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8);

  private Fixtures() {}

  private static byte[] replayPage(int size) {
    ObjectMapper json = new ObjectMapper();
    try {
      ObjectNode page = json.createObjectNode();
      page.put("count", 10_000);
      ArrayNode list = page.putArray("list");
      for (int i = 0; i < size; i++) {
        ObjectNode replay = (ObjectNode) json.readTree(REPLAY_JSON);
        replay.put("id", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i));
        replay.set("replay_title", replay.remove("title"));
        list.add(replay);
      }
      page.put("next", "https://ballchasing.com/api/replays?after=c%3D150");
      return json.writeValueAsBytes(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
