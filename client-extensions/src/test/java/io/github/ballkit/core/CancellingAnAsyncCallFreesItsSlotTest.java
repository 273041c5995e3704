package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ballkit.FakeTime;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballchasing.model.Replay;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cancelled async call that is in flight gives its rate-limit slot back at once: with both of the
 * regular tier's item slots held by calls the server does not answer, a third call gets through as
 * soon as one of them is cancelled, instead of waiting for the server.
 */
class CancellingAnAsyncCallFreesItsSlotTest {
  private static final long SAFETY_SECONDS = 10; // far below the server's hold: see below
  private static final long HOLD_SECONDS = 60;

  private final CountDownLatch held = new CountDownLatch(2);
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService serverThreads = Executors.newCachedThreadPool();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(serverThreads);
    server.createContext("/replays/held", this::hold);
    server.createContext("/replays/free", exchange -> answer(exchange, "free"));
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  /** Answers only when the test releases it (or after {@link #HOLD_SECONDS}). */
  private void hold(HttpExchange exchange) throws IOException {
    held.countDown();
    try {
      release.await(HOLD_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    answer(exchange, "held");
  }

  private static void answer(HttpExchange exchange, String id) throws IOException {
    try (exchange) {
      byte[] body = ("{\"id\":\"" + id + "\",\"status\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    } catch (IOException clientWentAway) {
      // a cancelled call closed its connection
    }
  }

  @Test
  void aCancelledCallInFlightLetsTheNextCallThrough() throws Exception {
    FakeTime time = new FakeTime();
    BallchasingClient client =
        BallchasingClient.builder()
            .token("cancel-token")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .tier(PatronTier.REGULAR) // 2 item calls in flight at most
            .clock(time)
            .sleeper(time)
            .readTimeout(Duration.ofSeconds(HOLD_SECONDS * 2))
            .callTimeout(Duration.ofSeconds(HOLD_SECONDS * 2))
            .build();
    CompletableFuture<Replay> first = client.async().replays().getReplay("held");
    CompletableFuture<Replay> second = client.async().replays().getReplay("held");
    assertThat(held.await(SAFETY_SECONDS, TimeUnit.SECONDS)).isTrue(); // both slots in flight
    CompletableFuture<Replay> third = client.async().replays().getReplay("free");

    assertThat(first.cancel(true)).isTrue();

    // Without the slot back, the third call would wait for the server's answer, a minute away.
    assertThat(third.get(SAFETY_SECONDS, TimeUnit.SECONDS).id()).isEqualTo("free");
    assertThatThrownBy(first::join).isInstanceOf(CancellationException.class);
    assertThat(second.isDone()).isFalse();
    second.cancel(true);
  }
}
