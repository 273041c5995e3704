package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The waits between retries, as recorded by the injected sleeper: retry n of a call waits between
 * half and all of {@code base * 2^(n-1)}, at most {@code max}, at a random point in that range.
 */
class BackoffGrowsWithJitterTest extends WireMockSupport {
  private static final int CALLS = 10;
  private static final int RETRIES = 3;

  @BeforeEach
  void alwaysUnavailable() {
    server.stubFor(get("/").willReturn(aResponse().withStatus(503)));
  }

  /** Makes {@link #CALLS} calls that each use all their retries, and returns each call's waits. */
  private List<List<Duration>> waitsOfFailingCalls(Duration base, Duration max) {
    BallchasingClient client =
        ballchasing().noRateLimits().maxRetries(RETRIES).backoff(base, max).build();
    for (int i = 0; i < CALLS; i++) {
      assertThat(catchThrowable(client::ping)).isInstanceOf(ServerException.class);
    }
    List<Duration> sleeps = time.sleeps();
    assertThat(sleeps).hasSize(CALLS * RETRIES);
    List<List<Duration>> perCall = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      perCall.add(sleeps.subList(i * RETRIES, (i + 1) * RETRIES));
    }
    return perCall;
  }

  @Test
  void eachRetryWaitsInARangeTwiceAsHighAsTheOneBefore() {
    for (List<Duration> waits :
        waitsOfFailingCalls(Duration.ofMillis(100), Duration.ofSeconds(10))) {
      assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
      assertThat(waits.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
      assertThat(waits.get(2)).isGreaterThan(waits.get(0));
    }
  }

  @Test
  void theWaitNeverExceedsTheMaximum() {
    for (List<Duration> waits :
        waitsOfFailingCalls(Duration.ofMillis(100), Duration.ofMillis(150))) {
      assertThat(waits.get(2)).isBetween(Duration.ofMillis(75), Duration.ofMillis(150));
    }
  }

  @Test
  void callsFailingAtTheSameTimeWaitDifferentTimes() {
    // Ten first retries drawn from 51 possible waits (50 to 100 ms): all equal once in 10^15 runs.
    HashSet<Duration> firstWaits = new HashSet<>();
    for (List<Duration> waits :
        waitsOfFailingCalls(Duration.ofMillis(100), Duration.ofSeconds(10))) {
      firstWaits.add(waits.get(0));
    }

    assertThat(firstWaits).hasSizeGreaterThan(1);
  }
}
