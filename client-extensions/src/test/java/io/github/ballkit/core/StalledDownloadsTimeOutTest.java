package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.FakeTime;
import io.github.ballkit.HeldBodyServer;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download whose server stops sending mid-body fails once a read has waited the read timeout,
 * instead of blocking forever. The server sends the head of the body and then nothing; it would
 * drop the connection after {@link HeldBodyServer#GIVE_UP_SECONDS}, which ends in an I/O error that
 * is not a timeout, so a client without the watchdog fails these tests rather than hanging.
 */
class StalledDownloadsTimeOutTest {
  private static final byte[] HEAD = new byte[32 * 1024];

  @TempDir Path dir;
  private HeldBodyServer server;
  private BallchasingClient client;

  @BeforeEach
  void startAServerThatStallsAfterTheHead() throws Exception {
    server = new HeldBodyServer(HEAD, new byte[1024]);
    client =
        BallchasingClient.builder()
            .token(WireMockSupport.TOKEN)
            .baseUrl(server.baseUrl())
            .noRateLimits()
            .readTimeout(Duration.ofSeconds(1))
            .build();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aReadThatGetsNoDataForTheReadTimeoutFailsWithATimeout() throws Exception {
    try (InputStream in = client.download("r-1")) {
      assertThat(in.readNBytes(HEAD.length)).hasSize(HEAD.length);

      Throwable error = catchThrowable(in::readAllBytes);

      assertThat(error)
          .isInstanceOf(HttpTimeoutException.class)
          .hasMessageContaining("downloadReplay")
          .hasMessageContaining("1000 ms");
    }
  }

  @Test
  void aStalledDownloadToAFileIsATimeoutAndLeavesNoFile() throws Exception {
    Path target = dir.resolve("r-1.replay");

    TransportException error =
        catchThrowableOfType(TransportException.class, () -> client.download("r-1", target));

    assertThat(error.isTimeout()).isTrue();
    assertThat(error.operation()).isEqualTo("downloadReplay");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void eachReadMayWaitTheReadTimeoutHoweverLittleOfTheCallWasLeftAtTheHeaders() throws Exception {
    // The call has 1 s in all (on a clock that stands still); its headers arrive in time. Each
    // read of the body is then bounded by the 2 s read timeout, not by the 1 s left at the start.
    BallchasingClient shortCall =
        BallchasingClient.builder()
            .token(WireMockSupport.TOKEN)
            .baseUrl(server.baseUrl())
            .noRateLimits()
            .clock(new FakeTime())
            .readTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(1))
            .build();
    try (InputStream in = shortCall.download("r-1")) {
      assertThat(in.readNBytes(HEAD.length)).hasSize(HEAD.length);

      Throwable error = catchThrowable(in::readAllBytes);

      assertThat(error).isInstanceOf(HttpTimeoutException.class).hasMessageContaining("2000 ms");
    }
  }
}
