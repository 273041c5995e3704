package io.github.ballkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.testkit.BallkitMock;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** README.md's BallkitMock snippet, copied as it is, in a test class of its own. */
class BallkitMockTest {
  // tag::readme[]
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
  // end::readme[]
}
