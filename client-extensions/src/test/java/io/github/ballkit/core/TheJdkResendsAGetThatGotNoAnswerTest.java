package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.ballkit.TokenLeaks;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins what the README says of the one resend ballkit does not make. Over HTTP/1.1 the JDK's client
 * sends a GET (or HEAD) once more by itself when the connection fails before any byte of the answer
 * arrives (a reset or a close right after the request), on a new connection as on a kept-alive one,
 * before ballkit sees the failure: its guard against a server that closed an idle connection, with
 * no switch for one client. So an attempt of such a GET can reach the server twice, and {@code
 * maxRetries(n)} means n + 1 attempts, at most 2(n + 1) requests. Other methods are never resent by
 * the JDK, and a failure after the answer began is not either (see {@code
 * SmallDownloadsFailTypedAndAreRetriedTest}, where n retries make n + 1 requests).
 */
class TheJdkResendsAGetThatGotNoAnswerTest extends WireMockSupport {
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  @BeforeEach
  void aServerThatResetsAfterTheRequest() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}")));
    server.stubFor(
        get("/replays/r-1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        delete("/replays/r-1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  private BallchasingClient client(int maxRetries) {
    return ballchasing()
        .noRateLimits()
        .maxRetries(maxRetries)
        .httpClient(
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build())
        .build();
  }

  private static void fails(Runnable call) {
    Throwable error = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowable(call::run));
    assertThat(error).isExactlyInstanceOf(TransportException.class);
    TokenLeaks.assertNone(error, TOKEN);
  }

  @Test
  void withoutRetriesAGetOnANewConnectionReachesTheServerTwice() {
    BallchasingClient client = client(0);

    fails(() -> client.replays().getReplay("r-1"));

    server.verify(2, getRequestedFor(urlEqualTo("/replays/r-1")));
  }

  @Test
  void withoutRetriesAGetOnAKeptAliveConnectionReachesTheServerTwice() {
    BallchasingClient client = client(0);
    client.ping(); // leaves a kept-alive connection in the pool

    fails(() -> client.replays().getReplay("r-1"));

    server.verify(2, getRequestedFor(urlEqualTo("/replays/r-1")));
  }

  @Test
  void aDeleteIsNeverResentByTheJdk() {
    BallchasingClient client = client(0);
    client.ping();

    fails(() -> client.replays().deleteReplay("r-1"));

    server.verify(1, deleteRequestedFor(urlEqualTo("/replays/r-1")));
  }

  @ParameterizedTest(name = "maxRetries({0})")
  @ValueSource(ints = {1, 2})
  void eachOfBallkitsAttemptsOfAGetMayBeSentTwice(int maxRetries) {
    fails(() -> client(maxRetries).replays().getReplay("r-1"));

    server.verify(2 * (maxRetries + 1), getRequestedFor(urlEqualTo("/replays/r-1")));
  }

  @ParameterizedTest(name = "maxRetries({0})")
  @ValueSource(ints = {0, 1, 2})
  void aDeleteIsSentOncePerAttempt(int maxRetries) {
    fails(() -> client(maxRetries).replays().deleteReplay("r-1"));

    server.verify(maxRetries + 1, deleteRequestedFor(urlEqualTo("/replays/r-1")));
  }
}
