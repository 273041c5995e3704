package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    return ConformanceMain.run(
        args,
        environment,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void anEmulatorConformsAndTheCommandExitsZero() {
    try (BallisticaEmulator emulator = BallisticaEmulator.start()) {
      int exit = run(Map.of(), "--api", "ballistica", "--base-url", emulator.baseUrl());

      assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .containsPattern("getAccount +conforms")
          .containsPattern("createWorkspace +skipped");
    }
  }

  @Test
  void aBadCommandLinePrintsTheUsageAndExitsTwo() {
    assertThat(run(Map.of(), "--api", "nope", "--base-url", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--api must be").contains("usage:");
  }

  @Test
  void liveWithoutATokenIsRefusedBeforeAnyRequest() {
    assertThat(run(Map.of(), "--api", "ballchasing", "--live")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("BALLCHASING_API_KEY");
  }
}
