package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.testkit.OperationResult.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The runner against both emulators: every operation conforms, with writes and without. */
class ConformanceRunnerPassesAgainstTheEmulatorsTest {
  private static final ConformanceOptions WRITES =
      ConformanceOptions.builder().allowWrites(true).timeout(Duration.ofSeconds(5)).build();

  @Test
  void everyBallchasingOperationConformsWithWrites() {
    try (BallchasingEmulator emulator =
        BallchasingEmulator.builder().processingDelay(Duration.ZERO).tier("gc").start()) {
      ConformanceReport report = Conformance.check(Api.BALLCHASING, emulator.baseUrl(), WRITES);

      System.out.println(report.table());
      assertThat(report.results()).allMatch(r -> r.outcome() == Outcome.CONFORMS, report.table());
      assertThat(report.results()).hasSize(Stubs.ballchasing().operationIds().size());
    }
  }

  @Test
  void everyBallisticaOperationConformsWithWrites() {
    try (BallisticaEmulator emulator = BallisticaEmulator.start()) {
      ConformanceReport report = Conformance.check(Api.BALLISTICA, emulator.baseUrl(), WRITES);

      System.out.println(report.table());
      assertThat(report.results()).allMatch(r -> r.outcome() == Outcome.CONFORMS, report.table());
    }
  }
}
