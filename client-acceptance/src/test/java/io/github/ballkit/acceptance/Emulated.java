package io.github.ballkit.acceptance;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the acceptance tests share: a ballchasing emulator on a test clock, clients whose waits move
 * that clock on (so rate limits are kept without spending wall time), and replay files.
 */
final class Emulated implements AutoCloseable {
  private static final AtomicInteger TOKENS = new AtomicInteger();

  final TestClock clock = TestClock.fixed();
  final BallchasingEmulator server =
      BallchasingEmulator.builder().clock(clock).processingDelay(Duration.ZERO).start();
  final Sleeper sleeper = wait -> clock.advance(wait);
  private final String token = "acceptance-" + TOKENS.incrementAndGet();

  /** A client of this test's own token that keeps to the regular tier's limits in test time. */
  BallchasingClient.Builder client() {
    return BallchasingClient.builder()
        .token(token)
        .baseUrl(server.baseUrl())
        .clock(clock)
        .sleeper(sleeper);
  }

  String group(BallchasingClient client, String name, String parent) {
    return client
        .groups()
        .createGroup(
            GroupCreate.builder()
                .name(name)
                .parent(parent)
                .playerIdentification(PlayerIdentification.BY_ID)
                .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                .build())
        .id();
  }

  /**
   * A distinct synthetic replay file (the emulator does not parse replays), larger than the 8 KiB
   * Feign reads at once for a raw response of known size, so downloads stream as real ones do.
   */
  static Path replay(Path dir, String name, int seed) throws IOException {
    byte[] bytes = new byte[16 * 1024 + seed * 16];
    new Random(seed).nextBytes(bytes);
    Files.createDirectories(dir);
    return Files.write(dir.resolve(name), bytes);
  }

  @Override
  public void close() {
    try {
      server.assertNoViolations();
    } finally {
      server.close();
    }
  }
}
