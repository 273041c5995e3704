package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.testkit.internal.ApiSpec;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mock's ballchasing client keeps to no client-side rate limits unless the test asks for a
 * tier, so users' mock tests never wait for the spec's caps.
 */
class MockClientsKeepNoRateLimitsTest {
  private static final Sleeper MUST_NOT_WAIT =
      duration -> {
        throw new AssertionError("the mock client waited " + duration + " for a rate limit");
      };

  @RegisterExtension static BallkitMock<BallchasingClient> plain = BallkitMock.ballchasing();

  @RegisterExtension
  static BallkitMock<BallchasingClient> unlimited =
      BallkitMock.ballchasing(builder -> builder.sleeper(MUST_NOT_WAIT));

  private static final TestClock CLOCK = TestClock.fixed();
  private static final List<Duration> WAITS = new CopyOnWriteArrayList<>();

  @RegisterExtension
  static BallkitMock<BallchasingClient> limited =
      BallkitMock.ballchasing(
          builder ->
              builder
                  .token("limited-" + BallkitMock.TEST_TOKEN)
                  .tier(PatronTier.REGULAR)
                  .clock(CLOCK)
                  .sleeper(
                      duration -> {
                        WAITS.add(duration);
                        CLOCK.advance(duration);
                      }));

  @SuppressWarnings("unchecked")
  private static int regularFilesPerHour() {
    Map<String, Object> tiers =
        (Map<String, Object>) ApiSpec.of(Api.BALLCHASING).extension("x-rate-limits").orElseThrow();
    Map<String, Object> regular = (Map<String, Object>) tiers.get("regular");
    Map<String, Object> file = (Map<String, Object>) regular.get("file");
    return ((Number) file.get("per-hour")).intValue();
  }

  private static void download(BallkitMock<BallchasingClient> mock) throws Exception {
    try (InputStream in = mock.client().download("any-id")) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  @Test
  void theDefaultClientHasNoTier() {
    assertThat(plain.client().tier()).isEmpty();
    assertThat(unlimited.client().tier()).isEmpty();
  }

  @Test
  void moreCallsThanTheHourlyFileCapCompleteWithoutAnyWait() throws Exception {
    unlimited.stubFor(unlimited.stubs().operation("downloadReplay").ok());
    int calls = regularFilesPerHour() + 1;

    for (int i = 0; i < calls; i++) {
      download(unlimited);
    }

    assertThat(unlimited.wireMock().getAllServeEvents()).hasSize(calls);
  }

  @Test
  void aCustomizerKeepsTheLimitsOfATier() throws Exception {
    limited.stubFor(limited.stubs().operation("downloadReplay").ok());

    download(limited);
    download(limited);

    assertThat(limited.client().tier()).contains(PatronTier.REGULAR);
    assertThat(WAITS).as("the second file call within a second waits for its permit").isNotEmpty();
  }
}
