package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import feign.Response;
import io.github.ballkit.FakeTime;
import io.github.ballkit.LargeBodyServer;
import io.github.ballkit.TokenLeaks;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Replay;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A JSON answer is read up to {@code maxJsonResponseBytes} (16 MiB by default) and no further: a
 * larger one is a {@link ResponseTooLargeException}, sent once (the same request would get the same
 * answer), and what the server managed to write shows that the rest was never read. A 50 MB answer
 * used to be buffered whole, and at a small heap its {@code OutOfMemoryError} was retried as a
 * connection failure, four times over.
 */
class JsonBodiesHaveASizeLimitTest {
  private static final long FIFTY_MB = 50L * 1000 * 1000;
  private static final int ONE_MIB = 1024 * 1024;
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private static BallchasingClient.Builder client(String baseUrl) {
    FakeTime time = new FakeTime();
    return BallchasingClient.builder()
        .token(WireMockSupport.TOKEN)
        .baseUrl(baseUrl)
        .noRateLimits()
        .clock(time)
        .sleeper(time)
        .readTimeout(Duration.ofSeconds(20));
  }

  @Test
  void anAnnouncedBodyPastTheDefaultLimitIsRefusedUnreadAndSentOnce() throws Exception {
    try (LargeBodyServer server = new LargeBodyServer(FIFTY_MB, true)) {
      BallchasingClient client = client(server.baseUrl()).build();

      Throwable error =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> catchThrowable(() -> client.replays().getReplay("r-1")));

      assertThat(error)
          .isExactlyInstanceOf(ResponseTooLargeException.class)
          .isInstanceOf(MalformedResponseException.class);
      ResponseTooLargeException tooLarge = (ResponseTooLargeException) error;
      assertThat(tooLarge.limit()).isEqualTo(ClientBuilder.DEFAULT_MAX_JSON_RESPONSE_BYTES);
      assertThat(tooLarge.limit()).isEqualTo(16 * ONE_MIB);
      assertThat(tooLarge.status()).isEqualTo(200);
      assertThat(tooLarge.operation()).isEqualTo("getReplay");
      assertThat(tooLarge).hasMessageContaining("maxJsonResponseBytes");
      TokenLeaks.assertNone(error, WireMockSupport.TOKEN);
      assertThat(server.requests()).as("not retried").isEqualTo(1);
      assertThat(server.written()).as("bytes the server got out").isLessThan(FIFTY_MB / 2);
    }
  }

  @Test
  void aStreamedBodyIsReadUpToTheConfiguredLimitOnly() throws Exception {
    try (LargeBodyServer server = new LargeBodyServer(FIFTY_MB, false)) {
      BallchasingClient client = client(server.baseUrl()).maxJsonResponseBytes(ONE_MIB).build();

      Throwable error =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> catchThrowable(() -> client.replays().getReplay("r-1")));

      assertThat(error).isExactlyInstanceOf(ResponseTooLargeException.class);
      assertThat(((ResponseTooLargeException) error).limit()).isEqualTo(ONE_MIB);
      TokenLeaks.assertNone(error, WireMockSupport.TOKEN);
      assertThat(server.requests()).isEqualTo(1);
      assertThat(server.written()).isLessThan(FIFTY_MB / 2);
    }
  }

  @Test
  void aBodyWithinTheLimitIsDecoded() throws Exception {
    try (LargeBodyServer server = new LargeBodyServer(200_000, false)) {
      BallchasingClient client = client(server.baseUrl()).maxJsonResponseBytes(ONE_MIB).build();

      Replay replay =
          assertTimeoutPreemptively(HANG_GUARD, () -> client.replays().getReplay("r-1"));

      assertThat(replay.id()).isEqualTo("r-1");
      assertThat(replay.title()).hasSizeGreaterThan(199_000);
    }
  }

  @Test
  void anotherTransportsBodyPastTheLimitIsRefusedToo() {
    byte[] body =
        ("{\"id\":\"r-1\",\"status\":\"ok\",\"title\":\"" + "x".repeat(2 * ONE_MIB) + "\"}")
            .getBytes(StandardCharsets.US_ASCII);
    AtomicInteger sent = new AtomicInteger();
    BallchasingClient client =
        client("http://127.0.0.1:9")
            .maxJsonResponseBytes(ONE_MIB)
            .transport(
                (request, options) -> {
                  sent.incrementAndGet();
                  return Response.builder()
                      .status(200)
                      .request(request)
                      .headers(Map.of("Content-Type", List.of("application/json")))
                      .body(new ByteArrayInputStream(body), null)
                      .build();
                })
            .build();

    Throwable error = catchThrowable(() -> client.replays().getReplay("r-1"));

    assertThat(error).isExactlyInstanceOf(ResponseTooLargeException.class);
    TokenLeaks.assertNone(error, WireMockSupport.TOKEN);
    assertThat(sent).hasValue(1);
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> BallchasingClient.builder().maxJsonResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxJsonResponseBytes");
  }
}
