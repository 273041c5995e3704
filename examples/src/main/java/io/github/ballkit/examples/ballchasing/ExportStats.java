package io.github.ballkit.examples.ballchasing;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.StatsCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the statistics of every replay of a group tree as CSV, one row per player per replay
 * ({@link StatsCsv#players()}), streaming: each replay is fetched, written and let go.
 */
public final class ExportStats {
  private ExportStats() {}

  public static long run(BallchasingClient client, String groupId, Path csv, PrintStream out)
      throws IOException {
    long rows;
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      rows = StatsCsv.players().write(GroupTree.of(client, groupId).replays(), writer);
    }
    out.printf(
        "Wrote %d player row(s) with %d columns to %s (first columns: %s)%n",
        rows,
        StatsCsv.players().columns().size(),
        csv.getFileName(),
        String.join(", ", StatsCsv.players().columns().subList(0, 3)));
    return rows;
  }
}
