package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The main job: every example against the embedded emulators, as the README's first command runs
 * it.
 */
class ExamplesRunTest {

  @Test
  void everyExampleRunsAgainstTheEmulatorsAndReportsItsResults() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    int status = Examples.run(Examples.Options.embedded(), out, Map.of());

    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output).isZero();
    assertThat(output)
        .contains("Created group")
        .contains("is a duplicate of")
        .contains("replays processed")
        .contains("player")
        .contains("replay(s) with player")
        .contains("Downloading")
        .contains("Account DemoModder")
        .contains("Created workspace 'ballkit demo'")
        .contains("3 uploaded, 0 unchanged")
        .contains("0 uploaded, 3 unchanged")
        .contains("identical to the local file")
        .contains("every exchange matched the specs");
  }

  @Test
  void liveModeWithoutTokensSaysWhatIsMissing() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    int status =
        Examples.run(
            new Examples.Options(true, null, "x", null),
            new PrintStream(buffer, true, StandardCharsets.UTF_8),
            Map.of());

    assertThat(status).isEqualTo(2);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("BALLCHASING_API_KEY");
  }
}
