package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job: every example against the embedded emulators, as the README's first command runs it
 * (once for the class; each test reads one part of the output).
 */
class ExamplesRunTest {
  @TempDir static Path tmp;
  private static int status;
  private static String output;

  @BeforeAll
  static void runEveryExample() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    status = Examples.run(Options.embedded(), out, out, Map.of(), tmp);
    output = buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyExampleRunsAgainstTheEmulatorsAndReportsItsResults() {
    assertThat(status).as(output).isZero();
    assertThat(output)
        .contains("Created group")
        .contains("is a duplicate of")
        .contains("replays processed")
        .contains("replay(s) with player")
        .contains("(pages of 2, at most 500)")
        .contains("Downloading")
        .contains("Uploaded into 2 group(s), 1 of them new")
        .contains("already there (skipped)")
        .contains("0 downloaded, 4 already there, into 2 folder(s)")
        .contains("player row(s) with")
        .contains("Account DemoModder")
        .contains("Created workspace 'ballkit demo'")
        .contains("identical to the local file")
        .contains("every exchange matched the specs");
  }

  @Test
  void theSecondSyncUploadsTheEditAndDeletesWhatIsGone() {
    assertThat(output)
        .contains("3 uploaded, 0 unchanged, 0 deduplicated, 0 deleted, 0 folders removed")
        .contains("config.json uploaded")
        .contains("plugin.py unchanged (no bytes sent)")
        .contains("deleted remote data/levels.bstr (gone locally)")
        .contains("deleted remote folder data/ (gone locally)")
        .contains("1 uploaded, 1 unchanged, 0 deduplicated, 1 deleted, 1 folder removed");
  }

  @Test
  void theStatsTableRowsLineUpWithItsHeader() {
    List<String> lines = output.lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith("player ") && lines.get(i).contains("games")) {
        header = i;
      }
    }
    assertThat(header).as("the stats header in%n%s", output).isNotNegative();
    String head = lines.get(header);
    List<String> rows =
        lines.subList(header + 1, lines.size()).stream()
            .takeWhile(line -> line.startsWith("  Player"))
            .toList();

    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).hasSameSizeAs(head));
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.charAt(head.indexOf("team"))).isNotEqualTo(' '));
  }

  @Test
  void theWorkFolderIsGoneAfterTheRun() throws Exception {
    try (var left = java.nio.file.Files.list(tmp)) {
      assertThat(left.toList()).isEmpty();
    }
  }
}
