package io.github.ballkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
