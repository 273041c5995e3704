package io.github.ballkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** README.md's emulator snippet, copied as it is. */
class EmulatorTest {
  @Test
  void uploadedReplaysGetProcessed() {
    // tag::readme[]
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
    // end::readme[]
  }
}
