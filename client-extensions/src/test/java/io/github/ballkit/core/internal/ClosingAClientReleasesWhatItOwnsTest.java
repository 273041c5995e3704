package io.github.ballkit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ballkit.TokenLeaks;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.core.ApiClient;
import io.github.ballkit.core.ClientClosedException;
import io.github.ballkit.core.ClientRuntime;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client is {@link AutoCloseable}: closing it refuses further calls before anything is sent, and
 * the last client of a connection pool to close (a client and its {@code newBuilder()} copies share
 * one) ends the pool's threads. Before, 200 clients built and dropped left hundreds of threads
 * behind until a garbage collection. Waiting for threads to end or for the collector polls with a
 * generous bound; nothing is timed.
 */
class ClosingAClientReleasesWhatItOwnsTest extends WireMockSupport {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  @BeforeEach
  void aServerThatAnswers() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}")));
  }

  private static HttpPool pool(ApiClient<?, ?> client) {
    return ClientRuntime.of(client).pool();
  }

  private static long threadsOf(List<String> prefixes) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> prefixes.stream().anyMatch(thread.getName()::startsWith))
        .count();
  }

  private static void waitUntil(BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 400 && !done.getAsBoolean(); i++) {
      System.gc();
      Thread.sleep(25);
    }
  }

  @Test
  void closingManyClientsEndsTheThreadsTheyStarted() throws Exception {
    List<BallchasingClient> clients = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      BallchasingClient client = ballchasing().build();
      client.ping();
      clients.add(client);
      prefixes.add(pool(client).threadPrefix());
    }
    assertThat(threadsOf(prefixes)).as("threads the calls started").isPositive();

    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          clients.forEach(BallchasingClient::close);
          waitUntil(() -> threadsOf(prefixes) == 0);
        });

    assertThat(threadsOf(prefixes)).as("threads left after close").isZero();
  }

  @Test
  void aCopyKeepsTheSharedPoolUntilItIsClosedToo() throws Exception {
    BallchasingClient client = ballchasing().build();
    BallchasingClient copy = client.newBuilder().readTimeout(Duration.ofSeconds(9)).build();
    assertThat(pool(copy)).isSameAs(pool(client));
    List<String> prefix = List.of(pool(client).threadPrefix());

    client.close();
    client.close(); // closing again does nothing, nor takes the copy's hold

    assertThat(copy.ping().chaser()).isTrue();
    assertThat(pool(copy).http()).as("the copy's pool is open").isNotNull();
    copy.close();
    assertThat(pool(copy).http()).as("the last close shuts it").isNull();
    assertTimeoutPreemptively(HANG_GUARD, () -> waitUntil(() -> threadsOf(prefix) == 0));
    assertThat(threadsOf(prefix)).isZero();
    server.verify(1, getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void callsAfterCloseAreRefusedBeforeAnythingIsSent() throws Exception {
    BallchasingClient ballchasing = ballchasing().build();
    BallisticaClient ballistica = ballistica().build();
    Path file = Files.writeString(dir.resolve("a.py"), "print(1)");
    ballchasing.close();
    ballistica.close();
    List<Runnable> calls =
        List.of(
            ballchasing::ping,
            () -> ballchasing.replays().getReplay("r-1"),
            () -> ballchasing.download("r-1"),
            () -> ballchasing.exchange(c -> c.misc().listMaps()),
            () -> ballchasing.upload("a.replay", new byte[] {1}, null, null),
            ballistica::me,
            () -> ballistica.upload("ws1", "mod/a.py", file));

    for (Runnable call : calls) {
      Throwable error = catchThrowable(call::run);

      assertThat(error)
          .isExactlyInstanceOf(ClientClosedException.class)
          .hasMessageContaining("the client is closed");
      TokenLeaks.assertNone(error, TOKEN);
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBuilderFromAClosedClientBuildsAWorkingClientWithAPoolOfItsOwn() {
    BallchasingClient client = ballchasing().build();
    HttpPool closed = pool(client);
    client.close();

    try (BallchasingClient again = client.newBuilder().build()) {
      assertThat(again.ping().chaser()).isTrue();
      assertThat(pool(again)).isNotSameAs(closed);
    }
  }

  @Test
  void aJdkClientTheCallerGaveIsLeftOpen() throws Exception {
    HttpClient own = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    BallchasingClient client = ballchasing().httpClient(own).build();
    client.ping();

    client.close();

    HttpResponse<String> answer =
        own.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void aClosedClientNoLongerHoldsItsJdkClient() throws Exception {
    BallchasingClient client = ballchasing().build();
    client.ping();
    WeakReference<HttpClient> http = new WeakReference<>(pool(client).http());

    client.close();
    assertTimeoutPreemptively(HANG_GUARD, () -> waitUntil(() -> http.get() == null));

    // On Java 17 the JDK client's selector thread ends once the client is collected.
    assertThat(http.get()).as("the JDK client was collected").isNull();
    assertThat(client.toString()).contains(baseUrl()); // the closed client itself is still here
  }
}
