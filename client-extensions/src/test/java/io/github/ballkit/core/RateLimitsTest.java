package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.RecordingHttpClient;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.PatronTier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimitsTest extends WireMockSupport {
  private static final String PAGE = "{\"count\":0,\"list\":[]}";

  private void stubList() {
    server.stubFor(get(urlPathEqualTo("/replays")).willReturn(okJson(PAGE)));
    server.stubFor(get(urlPathEqualTo("/replays/r1")).willReturn(okJson("{\"id\":\"r1\"}")));
  }

  @Test
  void theRegularTierSendsAtMostTwoListCallsPerSecond() {
    stubList();
    BallchasingClient client = ballchasing().build();

    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      client.replays().listReplays(ReplayQuery.builder().build());
      sent.add(time.instant());
    }

    assertThat(maxInAnyWindow(sent, Duration.ofSeconds(1))).isEqualTo(2);
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void limitsComeFromTheSpecPerTierAndClass() {
    stubList();
    BallchasingClient gc = ballchasing().tier(PatronTier.GC).build();

    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      gc.replays().listReplays(ReplayQuery.builder().build());
      sent.add(time.instant());
    }

    assertThat(maxInAnyWindow(sent, Duration.ofSeconds(1))).isEqualTo(16);
  }

  @Test
  void theHourlyLimitHoldsToo() {
    stubList();
    BallchasingClient client = ballchasing().callTimeout(Duration.ofHours(2)).build();

    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      client.replays().listReplays(ReplayQuery.builder().build());
      sent.add(time.instant());
    }

    assertThat(maxInAnyWindow(sent, Duration.ofHours(1))).isEqualTo(500);
    assertThat(Duration.between(sent.get(0), sent.get(500)))
        .isGreaterThanOrEqualTo(Duration.ofHours(1));
  }

  @Test
  void aWaitPastTheDeadlineSendsNothing() {
    stubList();
    BallchasingClient client = ballchasing().callTimeout(Duration.ofMillis(100)).build();
    client.replays().listReplays(ReplayQuery.builder().build());
    client.replays().listReplays(ReplayQuery.builder().build());

    RateLimitWaitException error =
        catchThrowableOfType(
            RateLimitWaitException.class,
            () -> client.replays().listReplays(ReplayQuery.builder().build()));

    assertThat(error.waitNeeded()).isPositive();
    server.verify(2, getRequestedFor(urlPathEqualTo("/replays")));
  }

  /**
   * Real time here: fake clocks cannot order concurrent threads. The tier is {@code gc} (16 item
   * calls per second) so the test takes about two seconds; send times are taken just before each
   * request goes out, so a window 50 ms shorter than a second absorbs the scheduling delay between
   * the limiter's admission and the note.
   */
  @Test
  void sixteenThreadsTogetherStayWithinTheLimit() throws Exception {
    stubList();
    java.time.Clock real = java.time.Clock.systemUTC();
    RecordingHttpClient http = new RecordingHttpClient(real);
    BallchasingClient client =
        BallchasingClient.builder()
            .token("concurrency-" + System.nanoTime())
            .baseUrl(baseUrl())
            .tier(PatronTier.GC)
            .httpClient(http)
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> work = new ArrayList<>();
    for (int thread = 0; thread < 16; thread++) {
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 3; i++) {
                  client.replays().getReplay("r1");
                }
              }));
    }
    for (Future<?> future : work) {
      future.get();
    }
    pool.shutdown();

    server.verify(48, getRequestedFor(urlPathEqualTo("/replays/r1")));
    List<Instant> sent = http.sent();
    assertThat(sent).hasSize(48);
    assertThat(maxInAnyWindow(sent, Duration.ofMillis(950))).isLessThanOrEqualTo(16);
    // 48 calls at 16 per second cannot take less than two seconds.
    assertThat(
            Duration.between(
                sent.stream().min(Instant::compareTo).orElseThrow(),
                sent.stream().max(Instant::compareTo).orElseThrow()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
  }

  @Test
  void clientsWithTheSameTokenShareTheirLimits() {
    stubList();
    BallchasingClient first = ballchasing().build();
    BallchasingClient second = ballchasing().build();

    first.replays().listReplays(ReplayQuery.builder().build());
    first.replays().listReplays(ReplayQuery.builder().build());
    second.replays().listReplays(ReplayQuery.builder().build());

    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterInSecondsIsHonouredAndRetried() {
    rateLimitedOnceWith("3");

    assertThat(ballchasing().build().replays().getReplay("r1").id()).isEqualTo("r1");
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(3));
    server.verify(2, getRequestedFor(urlPathEqualTo("/replays/r1")));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String in90Seconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
    rateLimitedOnceWith(in90Seconds);

    assertThat(ballchasing().build().replays().getReplay("r1").id()).isEqualTo("r1");
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aPauseFromA429HoldsBackOtherCallsOfTheClass() {
    rateLimitedOnceWith("10");
    BallchasingClient client = ballchasing().build();
    client.replays().getReplay("r1");
    Instant afterRetry = time.instant();

    client.replays().getReplay("r1");

    assertThat(Duration.between(afterRetry, time.instant())).isLessThan(Duration.ofSeconds(1));
    assertThat(time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void a429BeyondTheDeadlineIsThrownTyped() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
    BallchasingClient client = ballchasing().callTimeout(Duration.ofSeconds(30)).build();

    RateLimitedException error =
        catchThrowableOfType(RateLimitedException.class, () -> client.replays().getReplay("r1"));

    assertThat(error.retryAfter()).contains(Duration.ofSeconds(600));
    server.verify(1, getRequestedFor(urlPathEqualTo("/replays/r1")));
  }

  private void rateLimitedOnceWith(String retryAfter) {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", retryAfter))
            .willSetStateTo("ok"));
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"id\":\"r1\"}")));
  }

  static int maxInAnyWindow(List<Instant> sent, Duration window) {
    List<Instant> sorted = new ArrayList<>(sent);
    Collections.sort(sorted);
    int max = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (!sorted.get(start).plus(window).isAfter(sorted.get(end))) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }
}
