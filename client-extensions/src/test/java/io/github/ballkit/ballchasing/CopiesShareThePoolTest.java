package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.model.PatronTier;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@code newBuilder()} copies share: the connection pool, unless it cannot be the same. */
class CopiesShareThePoolTest extends WireMockSupport {

  @Test
  void aCopyUsesTheSameConnectionPool() {
    BallchasingClient client = ballchasing().build();

    BallchasingClient copy =
        client.newBuilder().tier(PatronTier.GOLD).readTimeout(Duration.ofSeconds(9)).build();

    assertThat(copy.pool()).isSameAs(client.pool());
    assertThat(copy.newBuilder().build().pool()).isSameAs(client.pool());
  }

  @Test
  void aClientWithTheTierFromPingUsesTheSameConnectionPool() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"type\":\"gold\"}")));
    BallchasingClient client = ballchasing().build();

    assertThat(client.withTierFromPing().pool()).isSameAs(client.pool());
  }

  @Test
  void aCopyWithAnotherConnectTimeoutGetsItsOwnPoolWithThatTimeout() {
    BallchasingClient client = ballchasing().build();

    BallchasingClient copy = client.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    assertThat(copy.pool()).isNotSameAs(client.pool());
    assertThat(copy.pool().connectTimeout()).contains(Duration.ofSeconds(3));
    assertThat(client.pool().connectTimeout()).contains(Duration.ofSeconds(10));
  }

  @Test
  void aJdkClientTheCallerGaveIsKeptByCopiesWhateverTheConnectTimeout() {
    HttpClient own = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    BallchasingClient client = ballchasing().httpClient(own).build();

    BallchasingClient copy = client.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    assertThat(copy.pool()).isSameAs(own);
  }
}
