package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' command line, run in process: bad input ends in a message and an exit status, never
 * in a stack trace, and no run leaves its work folder behind unless told to.
 */
class ExamplesCommandLineTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Examples.run(args, print(out), print(err), Map.of());
  }

  private int runIn(Path tmp, String... args) throws Exception {
    return Examples.run(Options.parse(List.of(args)), print(out), print(err), Map.of(), tmp);
  }

  private static PrintStream print(ByteArrayOutputStream buffer) {
    return new PrintStream(buffer, true, StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static List<Path> children(Path dir) throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void anUnknownOptionPrintsTheUsageAndExitsWith2() throws Exception {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err()).contains("error: unknown option --bogus").contains(Options.USAGE);
  }

  @Test
  void anOptionWithoutItsValuePrintsTheUsageAndExitsWith2() throws Exception {
    assertThat(run("--replays")).isEqualTo(2);
    assertThat(err()).contains("error: --replays needs a value").contains(Options.USAGE);
  }

  @Test
  void aMalformedCountOrDateIsAUsageError() throws Exception {
    assertThat(run("--max", "lots")).isEqualTo(2);
    assertThat(run("--since", "yesterday")).isEqualTo(2);
    assertThat(err())
        .contains("--max needs a positive whole number, not lots")
        .contains("--since needs a date");
  }

  @Test
  void aMissingModFolderIsAnErrorMessageAndExitStatus1() throws Exception {
    Path missing = tmp.resolve("nonexistent");

    assertThat(run("--mod", missing.toString())).isEqualTo(1);
    assertThat(err()).isEqualToIgnoringNewLines("error: " + missing + ": no such folder");
  }

  @Test
  void liveModeWithoutTokensSaysWhatIsMissing() throws Exception {
    assertThat(run("--live")).isEqualTo(2);
    assertThat(err()).contains("BALLCHASING_API_KEY").contains("BALLISTICA_API_KEY");
  }

  @Test
  void theWorkFolderIsDeletedAtTheEnd() throws Exception {
    runIn(tmp, "--live");

    assertThat(children(tmp)).isEmpty();
  }

  @Test
  void keepLeavesTheWorkFolder() throws Exception {
    runIn(tmp, "--live", "--keep");

    assertThat(children(tmp)).singleElement().satisfies(dir -> assertThat(dir).isDirectory());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kept the work folder");
  }
}
