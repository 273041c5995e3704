package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ballkit.FakeTime;
import io.github.ballkit.HeldBodyServer;
import io.github.ballkit.TokenLeaks;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A download small enough for Feign to read whole (a {@code Content-Length} of 8 KiB or less) that
 * is cut short or stalls fails like any other broken exchange: a {@link TransportException} (a
 * timeout for the stall), after the configured retries, with the token nowhere in it. It used to
 * escape as a raw {@code FeignException} whose request held the token, and was never retried.
 */
class SmallDownloadsFailTypedAndAreRetriedTest {
  private static final byte[] HEAD = new byte[100];
  private static final Duration READ_TIMEOUT = Duration.ofMillis(500);
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  @TempDir Path dir;

  /** One of the four ways to download: either API, to a stream or to a file. */
  private interface Download {
    Object run(String baseUrl, int maxRetries, Path dir) throws Exception;
  }

  static Stream<Arguments> downloads() {
    Download ballchasingStream =
        (url, retries, dir) -> {
          try (InputStream in = ballchasing(url, retries).download("r-1")) {
            return in.readAllBytes();
          }
        };
    Download ballchasingFile =
        (url, retries, dir) -> ballchasing(url, retries).download("r-1", dir.resolve("r.replay"));
    Download ballisticaStream =
        (url, retries, dir) -> {
          try (InputStream in = ballistica(url, retries).download("ws1", "mod/a.py")) {
            return in.readAllBytes();
          }
        };
    Download ballisticaFile =
        (url, retries, dir) ->
            ballistica(url, retries).download("ws1", "mod/a.py", dir.resolve("a.py"));
    return Stream.of(
        Arguments.of("ballchasing to a stream", ballchasingStream, "downloadReplay"),
        Arguments.of("ballchasing to a file", ballchasingFile, "downloadReplay"),
        Arguments.of("ballistica to a stream", ballisticaStream, "downloadWorkspaceFile"),
        Arguments.of("ballistica to a file", ballisticaFile, "downloadWorkspaceFile"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("downloads")
  void aTruncatedSmallDownloadIsATransportErrorRetriedAsConfigured(
      String name, Download download, String operation) throws Exception {
    try (HeldBodyServer server = HeldBodyServer.truncating(HEAD, 1000)) {
      Throwable error =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> catchThrowable(() -> download.run(server.baseUrl(), 3, dir)));

      assertThat(error).isExactlyInstanceOf(TransportException.class);
      assertThat(((TransportException) error).isTimeout()).isFalse();
      assertThat(((TransportException) error).operation()).isEqualTo(operation);
      TokenLeaks.assertNone(error, WireMockSupport.TOKEN);
      assertThat(server.requests()).as("the first attempt and 3 retries").isEqualTo(4);
      assertNoFileLeft();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("downloads")
  void aTruncatedSmallDownloadWithoutRetriesIsSentOnce(
      String name, Download download, String operation) throws Exception {
    try (HeldBodyServer server = HeldBodyServer.truncating(HEAD, 1000)) {
      Throwable error =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> catchThrowable(() -> download.run(server.baseUrl(), 0, dir)));

      assertThat(error).isExactlyInstanceOf(TransportException.class);
      TokenLeaks.assertNone(error, WireMockSupport.TOKEN);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("downloads")
  void aStalledSmallDownloadIsATimeoutRetriedAsConfigured(
      String name, Download download, String operation) throws Exception {
    try (HeldBodyServer server = new HeldBodyServer(HEAD, new byte[1000])) {
      Throwable error =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> catchThrowable(() -> download.run(server.baseUrl(), 1, dir)));

      assertThat(error).isExactlyInstanceOf(TransportException.class);
      assertThat(((TransportException) error).isTimeout()).isTrue();
      assertThat(error).hasMessageContaining(operation).hasMessageContaining("500 ms");
      TokenLeaks.assertNone(error, WireMockSupport.TOKEN);
      assertThat(server.requests()).as("the first attempt and 1 retry").isEqualTo(2);
      assertNoFileLeft();
    }
  }

  private void assertNoFileLeft() throws Exception {
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  private static BallchasingClient ballchasing(String baseUrl, int maxRetries) {
    FakeTime time = new FakeTime();
    return BallchasingClient.builder()
        .token(WireMockSupport.TOKEN)
        .baseUrl(baseUrl)
        .noRateLimits()
        .clock(time)
        .sleeper(time)
        .maxRetries(maxRetries)
        .readTimeout(READ_TIMEOUT)
        .build();
  }

  private static BallisticaClient ballistica(String baseUrl, int maxRetries) {
    FakeTime time = new FakeTime();
    return BallisticaClient.builder()
        .token(WireMockSupport.TOKEN)
        .baseUrl(baseUrl)
        .clock(time)
        .sleeper(time)
        .maxRetries(maxRetries)
        .readTimeout(READ_TIMEOUT)
        .build();
  }
}
