package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
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

    assertThat(pool(copy)).isSameAs(pool(client));
    assertThat(pool(copy.newBuilder().build())).isSameAs(pool(client));
  }

  @Test
  void aClientWithTheTierFromPingUsesTheSameConnectionPool() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"type\":\"gold\"}")));
    BallchasingClient client = ballchasing().build();

    assertThat(pool(client.withTierFromPing())).isSameAs(pool(client));
  }

  @Test
  void aCopyWithAnotherConnectTimeoutGetsItsOwnPoolWithThatTimeout() {
    BallchasingClient client = ballchasing().build();

    BallchasingClient copy = client.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    assertThat(pool(copy)).isNotSameAs(pool(client));
    assertThat(pool(copy).connectTimeout()).contains(Duration.ofSeconds(3));
    assertThat(pool(client).connectTimeout()).contains(Duration.ofSeconds(10));
  }

  @Test
  void aJdkClientTheCallerGaveIsKeptByCopiesWhateverTheConnectTimeout() {
    HttpClient own = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    BallchasingClient client = ballchasing().httpClient(own).build();

    BallchasingClient copy = client.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    assertThat(pool(copy)).isSameAs(own);
  }

  /** The JDK client a client sends with; package-private, so reached through the base type. */
  private static HttpClient pool(ApiClient<?, ?> client) {
    return client.pool();
  }
}
