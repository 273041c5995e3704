package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.testkit.BallkitMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// tag::testkit-readme-mock[]
class ReplayTitleTest {
  @RegisterExtension static BallkitMock<BallchasingClient> bc = BallkitMock.ballchasing();

  @Test
  void readsTheTitle() {
    bc.stubFor(bc.stubs().operation("getReplay").ok()); // the spec's example
    Replay replay = bc.client().replays().getReplay("any-id"); // token "test-token"
    assertThat(replay.title()).isEqualTo("Evening duel");
  }
}
// end::testkit-readme-mock[]
