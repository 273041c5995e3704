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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitsTest extends WireMockSupport {
  private static final String PAGE = "{\"count\":0,\"list\":[]}";

  private void stubList() {
    server.stubFor(get(urlPathEqualTo("/replays")).willReturn(okJson(PAGE)));
    server.stubFor(
        get(urlPathEqualTo("/replays/r1")).willReturn(okJson("{\"id\":\"r1\",\"status\":\"ok\"}")));
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
  void theRetryWaitsOutThePauseAndTheNextCallGoesStraightAfter() {
    rateLimitedOnceWith("10");
    BallchasingClient client = ballchasing().build();
    client.replays().getReplay("r1");
    Instant afterRetry = time.instant();

    client.replays().getReplay("r1");

    assertThat(Duration.between(afterRetry, time.instant())).isLessThan(Duration.ofSeconds(1));
    assertThat(time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void whileA429PausesAClassOtherCallersOfItAreHeldBackToo() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "10")));
    server.stubFor(
        get(urlPathEqualTo("/replays/r2")).willReturn(okJson("{\"id\":\"r2\",\"status\":\"ok\"}")));
    server.stubFor(get(urlPathEqualTo("/replays")).willReturn(okJson(PAGE)));
    BallchasingClient paused = ballchasing().callTimeout(Duration.ofSeconds(5)).build();
    BallchasingClient other = ballchasing().build();
    catchThrowableOfType(RateLimitedException.class, () -> paused.replays().getReplay("r1"));
    Instant pausedAt = time.instant();

    other.replays().listReplays(ReplayQuery.builder().build());
    Instant listSent = time.instant();
    other.replays().getReplay("r2");

    assertThat(listSent).as("another class is not paused").isEqualTo(pausedAt);
    assertThat(Duration.between(pausedAt, time.instant())).isEqualTo(Duration.ofSeconds(10));
    server.verify(1, getRequestedFor(urlPathEqualTo("/replays/r2")));
  }

  @Test
  void everyRetryTakesAPermit() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .inScenario("503")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .inScenario("503")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"id\":\"r1\",\"status\":\"ok\"}")));
    BallchasingClient client = ballchasing().build();

    client.replays().getReplay("r1"); // 503, retried after a backoff of under a second
    client.replays().getReplay("r1");

    // Two attempts used the second's two item permits, so the third request waits for the window.
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
    server.verify(3, getRequestedFor(urlPathEqualTo("/replays/r1")));
  }

  @Test
  void every429RetryTakesAPermit() {
    rateLimitedOnceWith("0");
    BallchasingClient client = ballchasing().build();

    client.replays().getReplay("r1"); // 429 with Retry-After: 0, retried at once
    client.replays().getReplay("r1");

    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
    server.verify(3, getRequestedFor(urlPathEqualTo("/replays/r1")));
  }

  @Test
  void clientsOfOneTokenShareTheCountWhateverTheirTier() {
    stubList();
    BallchasingClient regular = ballchasing().build();
    BallchasingClient gold = ballchasing().tier(PatronTier.GOLD).build();

    regular.replays().listReplays(ReplayQuery.builder().build());
    regular.replays().listReplays(ReplayQuery.builder().build());
    gold.replays().listReplays(ReplayQuery.builder().build());
    gold.replays().listReplays(ReplayQuery.builder().build());

    // Four list calls at 2 per second on one token take a second, whichever clients send them.
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void eachClientChecksTheSharedHistoryAgainstItsOwnTiersWindows() {
    stubList();
    BallchasingClient regular = ballchasing().build();
    BallchasingClient gc = ballchasing().tier(PatronTier.GC).build();

    regular.replays().listReplays(ReplayQuery.builder().build());
    for (int i = 0; i < 15; i++) {
      gc.replays().listReplays(ReplayQuery.builder().build());
    }
    assertThat(time.slept()).as("gc allows 16 per second").isZero();

    regular.replays().listReplays(ReplayQuery.builder().build());

    assertThat(time.slept()).as("regular sees the 16 and waits").isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gold", "platinum-plus"})
  void aClientWithTheTierFromPingKeepsTheCallsAlreadyMade(String tier) {
    stubList();
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"type\":\"" + tier + "\"}")));
    BallchasingClient client = ballchasing().build();
    client.replays().listReplays(ReplayQuery.builder().build());
    client.replays().listReplays(ReplayQuery.builder().build());

    BallchasingClient learned = client.withTierFromPing();
    learned.replays().listReplays(ReplayQuery.builder().build());

    assertThat(learned.tier().orElseThrow().value()).isEqualTo(tier);
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  /**
   * The server counts a request when it arrives, which may be as late as just before its answer
   * leaves; so a slot is reused one window after the answer, not after the send.
   */
  @Test
  @SuppressWarnings("deprecation") // Feign's URLConnection client: a transport we can wrap
  void aSlotIsReusedOneWindowAfterTheResponseNotAfterTheSend() {
    stubList();
    feign.Client urlConnection = new feign.Client.Default(null, null);
    List<Instant> sent = new ArrayList<>();
    feign.Client roundTripOf300Ms =
        (request, options) -> {
          sent.add(time.instant());
          feign.Response response = urlConnection.execute(request, options);
          time.advance(Duration.ofMillis(300));
          return response;
        };
    BallchasingClient client = ballchasing().transport(roundTripOf300Ms).build();

    for (int i = 0; i < 3; i++) {
      client.replays().listReplays(ReplayQuery.builder().build());
    }

    // The first answer came at +300 ms, so the third request may go at +1300 ms, not at +1000.
    assertThat(Duration.between(sent.get(0), sent.get(2))).isEqualTo(Duration.ofMillis(1300));
  }

  /** Threads, but no timing: the third caller must be parked in the limiter, not in the server. */
  @Test
  @SuppressWarnings("deprecation")
  void aCallInFlightHoldsItsSlotUntilItsResponseArrives() throws Exception {
    stubList();
    feign.Client urlConnection = new feign.Client.Default(null, null);
    AtomicInteger arrived = new AtomicInteger();
    CountDownLatch answer = new CountDownLatch(1);
    feign.Client held =
        (request, options) -> {
          arrived.incrementAndGet();
          try {
            answer.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return urlConnection.execute(request, options);
        };
    BallchasingClient client = ballchasing().transport(held).build();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        calls.add(pool.submit(() -> client.replays().listReplays(ReplayQuery.builder().build())));
      }
      awaitTrue(() -> arrived.get() == 2);
      AtomicReference<Thread> third = new AtomicReference<>();
      calls.add(
          pool.submit(
              () -> {
                third.set(Thread.currentThread());
                return client.replays().listReplays(ReplayQuery.builder().build());
              }));
      awaitTrue(() -> third.get() != null && waitsForASlot(third.get()));

      assertThat(arrived).as("the third call waits while two are in flight").hasValue(2);

      answer.countDown();
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
      assertThat(arrived).hasValue(3);
    } finally {
      answer.countDown();
      pool.shutdownNow();
    }
  }

  /** Parked in the limiter, waiting for a call in flight to release its slot. */
  private static boolean waitsForASlot(Thread thread) {
    Thread.State state = thread.getState();
    return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
        && Arrays.stream(thread.getStackTrace())
            .anyMatch(
                frame ->
                    frame
                            .getClassName()
                            .equals("io.github.ballkit.core.internal.SlidingWindowLimiter")
                        && frame.getMethodName().equals("waitForRelease"));
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 30 s").isTrue();
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
            .willReturn(okJson("{\"id\":\"r1\",\"status\":\"ok\"}")));
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
