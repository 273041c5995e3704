package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.WireMockSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's promise: a 429 is waited out and sent again up to five times, then it is thrown. */
class A429IsSentAgainAtMostFiveTimesTest extends WireMockSupport {

  @Test
  void aServerThatKeepsAnswering429GetsSixRequestsInAll() {
    server.stubFor(get("/").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

    RateLimitedException error =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> ballchasing().noRateLimits().callTimeout(Duration.ofHours(1)).build().ping());

    assertThat(error.retryAfter()).contains(Duration.ofSeconds(1));
    server.verify(6, getRequestedFor(urlEqualTo("/")));
  }
}
