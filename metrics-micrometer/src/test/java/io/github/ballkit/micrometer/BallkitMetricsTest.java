package io.github.ballkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.TestClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client's calls, latency, 429s and limiter waits become meters, tagged per class. */
class BallkitMetricsTest {
  private final TestClock clock = TestClock.fixed();
  private final BallchasingEmulator server =
      BallchasingEmulator.builder().clock(clock).processingDelay(Duration.ZERO).start();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void close() {
    server.assertNoViolations();
    server.close();
  }

  private BallchasingClient.Builder client(String token) {
    return BallchasingClient.builder()
        .token(token)
        .baseUrl(server.baseUrl())
        .clock(clock)
        .sleeper(clock::advance)
        .eventListener(BallkitMetrics.of(registry, Tags.of("app", "test")));
  }

  private static byte[] replay(int seed) {
    byte[] bytes = new byte[4096];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  @Test
  void callsAreCountedAndTimedByOperationStatusAndClass() {
    BallchasingClient client = client("calls").build();
    String id = client.upload("a.replay", replay(1), null, null).id();
    clock.advance(Duration.ofSeconds(1));

    client.replays().getReplay(id);
    assertThatThrownBy(() -> client.replays().getReplay("gone"))
        .isInstanceOf(NotFoundException.class);

    assertThat(
            registry
                .get(BallkitMetrics.CALLS)
                .tags("app", "test", "api", "ballchasing", "operation", "getReplay")
                .tags("rate_limit_class", "item", "status", "200", "outcome", "SUCCESS")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(BallkitMetrics.CALLS)
                .tags("operation", "getReplay", "status", "404", "outcome", "CLIENT_ERROR")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(BallkitMetrics.CALLS)
                .tags("operation", "uploadReplay", "status", "201", "rate_limit_class", "none")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void waitsFor429sAndTheLimiterAreRecordedPerRateLimitClass() {
    BallchasingClient unlimited = client("waits").noRateLimits().build();
    String id = unlimited.upload("b.replay", replay(2), null, null).id();
    for (int i = 0; i < 3; i++) {
      unlimited.replays().getReplay(id); // the third one is answered 429, then sent again
    }

    assertThat(
            registry
                .get(BallkitMetrics.RATE_LIMITED)
                .tags("operation", "getReplay", "rate_limit_class", "item")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(BallkitMetrics.RETRIES).tags("reason", "http_429").counter().count())
        .isEqualTo(1);
    var waits = registry.get(BallkitMetrics.LIMITER_WAITS).tags("rate_limit_class", "item").timer();
    assertThat(waits.count()).isEqualTo(1);
    assertThat(waits.totalTime(TimeUnit.SECONDS)).isEqualTo(1.0);
  }

  @Test
  void theLatencyIncludesTheWait() {
    BallchasingClient client = client("latency").build();
    String id = client.upload("c.replay", replay(3), null, null).id();
    for (int i = 0; i < 3; i++) {
      client.replays().getReplay(id); // the regular tier: the third waits a second
    }

    var calls =
        registry.get(BallkitMetrics.CALLS).tags("operation", "getReplay", "status", "200").timer();
    assertThat(calls.count()).isEqualTo(3);
    assertThat(calls.max(TimeUnit.SECONDS)).isEqualTo(1.0);
  }

  @Test
  void bytesAreSummedPerOperation() {
    BallchasingClient client = client("bytes").build();
    String id = client.upload("d.replay", replay(4), null, null).id();
    clock.advance(Duration.ofSeconds(1));

    try (var in = client.download(id)) {
      in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    assertThat(
            registry
                .get(BallkitMetrics.BYTES_RECEIVED)
                .tags("operation", "downloadReplay")
                .summary()
                .totalAmount())
        .isEqualTo(4096);
    assertThat(
            registry
                .get(BallkitMetrics.BYTES_SENT)
                .tags("operation", "uploadReplay")
                .summary()
                .max())
        .isGreaterThan(4096);
  }
}
