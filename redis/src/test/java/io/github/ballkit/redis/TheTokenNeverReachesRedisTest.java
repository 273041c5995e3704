package io.github.ballkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Everything the store sends to Redis, as Redis's MONITOR shows it, holds neither the token nor a
 * plain digest of it: keys are named by a keyed hash.
 */
class TheTokenNeverReachesRedisTest extends RedisTestSupport {
  private static final String TOKEN = "ZK2pLq9vX4mT7wR1sN8bC5dF3gH6jY0u";

  @Test
  void redisSeesNeitherTheTokenNorItsDigest() throws Exception {
    LocalBallchasing.Account account = server.register(TOKEN, 0);
    StringBuilder seen = new StringBuilder();
    try (Socket monitor = new Socket(InetAddress.getLoopbackAddress(), redis.port())) {
      Thread reader = monitor(monitor, seen);
      BallchasingClient client = process(TOKEN, PatronTier.REGULAR);
      client.replays().getReplay("r1");
      account.refuseNext(Duration.ofSeconds(1));
      catchThrowable(() -> client.replays().getReplay("r2"));
      client.replays().getReplay("r3");
      redis.commands().set("monitor-end", "1");
      reader.join(10_000);
    }

    String commands = seen.toString();
    assertThat(commands).contains("EVALSHA").contains("monitor-end");
    assertThat(commands)
        .doesNotContain(TOKEN)
        .doesNotContainIgnoringCase(sha256(TOKEN))
        .doesNotContainIgnoringCase(sha256(server.baseUrl() + "\n" + TOKEN).substring(0, 32));
  }

  /** Reads MONITOR's output until the test's end marker shows up. */
  private static Thread monitor(Socket socket, StringBuilder seen) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    byte[] ok = new byte[5];
    in.readNBytes(ok, 0, 5); // +OK\r\n: monitoring has started
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                  synchronized (seen) {
                    seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (seen.indexOf("monitor-end") >= 0) {
                      return;
                    }
                  }
                }
              } catch (IOException closed) {
                // The socket closed: nothing more to read.
              }
            });
    reader.start();
    return reader;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
