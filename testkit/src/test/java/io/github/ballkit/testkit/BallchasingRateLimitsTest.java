package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-tier limits come from the spec's x-rate-limits; waiting runs on a test clock. */
class BallchasingRateLimitsTest {
  private final TestClock clock = TestClock.fixed();
  private BallchasingEmulator emulator;

  private Http start(String tier) {
    emulator = BallchasingEmulator.builder().clock(clock).tier(tier).start();
    return new Http(emulator.baseUrl(), "rate-limited-token");
  }

  @AfterEach
  void stop() {
    emulator.assertNoViolations();
    emulator.close();
  }

  @Test
  void theThirdItemCallInOneSecondOfARegularUserIs429WithRetryAfter() {
    Http http = start("regular");

    assertThat(http.get("/groups/x").status()).isEqualTo(404);
    assertThat(http.get("/groups/x").status()).isEqualTo(404);
    Http.Answer limited = http.get("/groups/x");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(http.get("/groups/x").status()).isEqualTo(404);
  }

  @Test
  void theHourlyLimitAnswersTheWaitUntilTheOldestCallLeavesTheHour() {
    Http http = start("regular");
    for (int i = 0; i < 200; i++) {
      assertThat(http.get("/replays/x/file").status()).isEqualTo(404);
      clock.advance(Duration.ofSeconds(1));
    }

    Http.Answer limited = http.get("/replays/x/file");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(Long.parseLong(limited.header("Retry-After"))).isEqualTo(3600 - 200);
  }

  @Test
  void theFileClassOfARegularUserAllowsOneCallPerSecond() {
    Http http = start("regular");

    assertThat(http.get("/replays/x/file").status()).isEqualTo(404);
    assertThat(http.get("/replays/x/file").status()).isEqualTo(429);
  }

  @Test
  void classesAreCountedApart() {
    Http http = start("regular");
    http.get("/groups/x");
    http.get("/groups/x");

    assertThat(http.get("/groups").status()).isEqualTo(200);
  }

  @Test
  void tokensAreCountedApart() {
    Http http = start("regular");
    http.get("/groups/x");
    http.get("/groups/x");

    assertThat(http.withAuthorization("another-token").get("/groups/x").status()).isEqualTo(404);
  }

  @Test
  void pingMapsAndUploadHaveNoLimit() {
    Http http = start("regular");

    for (int i = 0; i < 30; i++) {
      assertThat(http.get("/").status()).isEqualTo(200);
      assertThat(http.get("/maps").status()).isEqualTo(200);
    }
  }

  @Test
  void theTierIsConfigurable() {
    Http http = start("gc");

    for (int i = 0; i < 16; i++) {
      assertThat(http.get("/groups").status()).isEqualTo(200);
    }
    assertThat(http.get("/groups").status()).isEqualTo(429);
    assertThat(http.get("/").json().get("type").asText()).isEqualTo("gc");
  }

  @Test
  void tierAliasesShareTheLimitsOfTheirTier() {
    Http http = start("legend");

    for (int i = 0; i < 16; i++) {
      assertThat(http.get("/groups").status()).isEqualTo(200);
    }
    assertThat(http.get("/groups").status()).isEqualTo(429);
  }
}
