package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.BallkitMock;
import io.github.ballkit.testkit.TestClock;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit snippets of README.md and testkit/README.md, compiled and run. */
class TestkitSnippetsTest {

  // tag::testkit-stub[]
  @RegisterExtension static BallkitMock<BallchasingClient> ballchasing = BallkitMock.ballchasing();

  @Test
  void readsAReplay() {
    ballchasing.stubFor(ballchasing.stubs().operation("getReplay").ok());

    Replay replay = ballchasing.client().replays().getReplay("any-id");

    assertThat(replay.id()).isNotBlank();
  }

  @Test
  void reportsAMissingReplay() {
    ballchasing.stubFor(ballchasing.stubs().operation("getReplay").status(404));

    Assertions.assertThatThrownBy(() -> ballchasing.client().replays().getReplay("gone"))
        .isInstanceOf(NotFoundException.class);
  }

  // end::testkit-stub[]

  @Test
  void uploadedReplaysGetProcessed() {
    // tag::testkit-emulator[]
    TestClock clock = TestClock.fixed();
    try (BallchasingEmulator emulator =
        BallchasingEmulator.builder().clock(clock).processingDelay(Duration.ofSeconds(5)).start()) {
      BallchasingClient client = emulator.client();

      String id = client.upload("game.replay", new byte[] {1, 2, 3}, null, null).id();
      assertThat(client.replays().getReplay(id).status()).isEqualTo(ReplayStatus.PENDING);

      clock.advance(Duration.ofSeconds(5));
      assertThat(client.replays().getReplay(id).status()).isEqualTo(ReplayStatus.OK);
      emulator.assertNoViolations();
    }
    // end::testkit-emulator[]
  }

  @Test
  void theEmulatorProcessesAnUploadWhenTheClockMoves() {
    // tag::testkit-readme-emulator[]
    TestClock clock = TestClock.fixed();
    try (BallchasingEmulator bc =
        BallchasingEmulator.builder().clock(clock).tier("regular").start()) {
      BallchasingClient client = bc.client();
      byte[] bytes = {1, 2, 3}; // any bytes: the emulator does not parse replays
      String id = client.upload("game.replay", bytes, Visibility.PUBLIC, null).id();
      clock.advance(Duration.ofSeconds(5)); // processing done, no sleeping
      Replay replay = client.replays().getReplay(id); // status ok, synthetic players and stats
      assertThat(replay.status()).isEqualTo(ReplayStatus.OK);
      bc.assertNoViolations();
    }
    // end::testkit-readme-emulator[]
  }
}
