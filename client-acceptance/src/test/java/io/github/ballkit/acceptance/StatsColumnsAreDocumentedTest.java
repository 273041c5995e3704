package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.StatsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/stats-columns.md} lists exactly the columns {@link StatsCsv} writes, so the document
 * follows the spec as the columns do. When the spec changes the columns, this test writes the new
 * document to {@code target/stats-columns.md} to copy over.
 */
class StatsColumnsAreDocumentedTest {
  private static final Path DOC = Path.of("..", "docs", "stats-columns.md");

  static String document() {
    StringBuilder doc = new StringBuilder();
    doc.append("# Stats CSV columns\n\n")
        .append("The columns `StatsCsv` writes, derived from the spec's schemas (`Replay`,")
        .append(" `ReplayTeam`, `ReplayPlayer` and\n")
        .append("their statistics models): each is the JSON path of one value, nested objects")
        .append(" flattened with dots, lists\n")
        .append("left out. An empty cell is a value the server left out. This file is checked")
        .append(" against the code by\n")
        .append("`StatsColumnsAreDocumentedTest` (client-acceptance), which writes the current")
        .append(" list to\n")
        .append("`client-acceptance/target/stats-columns.md` when they differ.\n");
    section(
        doc,
        "Player rows: `StatsCsv.players()`",
        "one row per player per replay",
        StatsCsv.players().columns());
    section(
        doc,
        "Team rows: `StatsCsv.teams()`",
        "one row per team per replay",
        StatsCsv.teams().columns());
    return doc.toString();
  }

  private static void section(StringBuilder doc, String title, String rows, List<String> columns) {
    doc.append("\n## ").append(title).append("\n\n");
    doc.append(columns.size()).append(" columns, ").append(rows).append(", in this order:\n\n");
    for (String column : columns) {
      doc.append("- `").append(column).append("`\n");
    }
  }

  @Test
  void theDocumentListsEveryColumnInOrder() throws IOException {
    String expected = document();
    String actual = Files.exists(DOC) ? Files.readString(DOC) : "";
    if (!actual.equals(expected)) {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "stats-columns.md"), expected);
    }
    assertThat(actual)
        .as("docs/stats-columns.md is out of date: copy client-acceptance/target/stats-columns.md")
        .isEqualTo(expected);
  }
}
