package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import feign.Request;
import feign.Response;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Ping;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Over HTTP/2 the JDK lists the {@code :status} pseudo-header among the response's headers. */
class PseudoHeadersAreNotShownTest {

  private static BallchasingClient answering(int status, String body) {
    return BallchasingClient.builder()
        .token("s3cr3t-t0ken-4f9a")
        .baseUrl("http://127.0.0.1:9")
        .noRateLimits()
        .transport(
            (Request request, Request.Options options) -> {
              Map<String, Collection<String>> headers =
                  Map.of(
                      ":status", List.of(Integer.toString(status)),
                      "content-type", List.of("application/json"),
                      "x-request-id", List.of("req-2"));
              return Response.builder()
                  .request(request)
                  .status(status)
                  .headers(headers)
                  .body(body, StandardCharsets.UTF_8)
                  .build();
            })
        .build();
  }

  @Test
  void anExchangeShowsOnlyRealHeaders() {
    ApiResponse<Ping> response = answering(200, "{\"chaser\":true}").exchange(c -> c.ping());

    assertThat(response.headers()).containsOnlyKeys("content-type", "x-request-id");
    assertThat(response.exchanges().get(0).headers()).doesNotContainKey(":status");
  }

  @Test
  void anErrorShowsOnlyRealHeaders() {
    ApiException error =
        catchThrowableOfType(
            ApiException.class,
            () -> answering(404, "{\"error\":\"not found\"}").replays().getReplay("x"));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.headers()).containsOnlyKeys("content-type", "x-request-id");
  }
}
