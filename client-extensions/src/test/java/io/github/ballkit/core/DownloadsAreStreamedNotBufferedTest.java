package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.ballkit.HeldBodyServer;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * A download hands back the stream as soon as the headers arrive: the server holds the tail of the
 * body until the test has read the head through the returned stream, so a client that buffered the
 * body (as Feign's logger does at level HEADERS) never gets there and fails when the server gives
 * up.
 */
class DownloadsAreStreamedNotBufferedTest {
  private static final byte[] HEAD = bytes(64 * 1024, 1);
  private static final byte[] TAIL = bytes(16 * 1024, 2);

  private final Logger http = (Logger) LoggerFactory.getLogger("io.github.ballkit.http");
  private final Level previous = http.getLevel();

  @AfterEach
  void restoreLogLevel() {
    http.setLevel(previous);
  }

  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  @ParameterizedTest(name = "HTTP logging at {0}")
  @ValueSource(strings = {"WARN", "TRACE"})
  void aBallchasingDownloadCanBeReadBeforeTheBodyHasArrived(String level) throws Exception {
    http.setLevel(Level.toLevel(level));
    try (HeldBodyServer server = new HeldBodyServer(HEAD, TAIL)) {
      BallchasingClient client =
          BallchasingClient.builder()
              .token(WireMockSupport.TOKEN)
              .baseUrl(server.baseUrl())
              .noRateLimits()
              .build();

      try (InputStream in = client.download("r-1")) {
        assertThat(in.readNBytes(HEAD.length)).isEqualTo(HEAD);
        server.release();
        assertThat(in.readAllBytes()).isEqualTo(TAIL);
      }
    }
  }

  @Test
  void aBallisticaDownloadCanBeReadBeforeTheBodyHasArrived() throws Exception {
    try (HeldBodyServer server = new HeldBodyServer(HEAD, TAIL)) {
      BallisticaClient client =
          BallisticaClient.builder().token(WireMockSupport.TOKEN).baseUrl(server.baseUrl()).build();

      try (InputStream in = client.download("ws1", "mymod/plugin.py")) {
        assertThat(in.readNBytes(HEAD.length)).isEqualTo(HEAD);
        server.release();
        assertThat(in.readAllBytes()).isEqualTo(TAIL);
      }
    }
  }
}
