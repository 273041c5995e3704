package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.DuplicateReplayException;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballistica.BallisticaClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedErrorsTest extends WireMockSupport {

  private BallchasingClient client() {
    return ballchasing().noRateLimits().maxRetries(0).build();
  }

  @ParameterizedTest
  @CsvSource({
    "400, io.github.ballkit.core.BadRequestException",
    "401, io.github.ballkit.core.UnauthorizedException",
    "403, io.github.ballkit.core.ForbiddenException",
    "404, io.github.ballkit.core.NotFoundException",
    "409, io.github.ballkit.core.ConflictException",
    "500, io.github.ballkit.core.ServerException",
    "418, io.github.ballkit.core.ApiException"
  })
  void eachStatusHasItsType(int status, Class<? extends ApiException> type) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"nope\",\"request_id\":\"R-1\",\"server\":\"minion4\","
                            + "\"chat\":{\"YOU\":\"Whoops\"}}")));

    ApiException error = catchThrowableOfType(ApiException.class, () -> client().ping());

    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.operation()).isEqualTo("ping");
    assertThat(error.errorMessage()).contains("nope");
    assertThat(error.requestId()).contains("R-1");
    assertThat(error.headers()).containsKey("content-type");
    assertThat(new String(error.rawBody())).contains("minion4");
    assertThat(error.getMessage()).contains("ping", String.valueOf(status), "nope", "R-1");
  }

  @Test
  void ballisticaErrorsCarryTheCodeAndTheMessage() {
    server.stubFor(
        get("/api/v1/workspaces/nope")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"not_found\",\"message\":\"Workspace not found.\"}")));
    BallisticaClient client = ballistica().maxRetries(0).build();

    NotFoundException error =
        catchThrowableOfType(
            NotFoundException.class, () -> client.workspaces().getWorkspace("nope"));

    assertThat(error.errorCode()).contains("not_found");
    assertThat(error.errorMessage()).contains("Workspace not found.");
    assertThat(error.operation()).isEqualTo("getWorkspace");
  }

  @Test
  void aDuplicateUploadCarriesTheExistingReplay() {
    server.stubFor(
        post(urlPathEqualTo("/v2/upload"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"duplicate replay\",\"id\":\"abc-123\","
                            + "\"location\":\"https://ballchasing.com/replay/abc-123\"}")));

    DuplicateReplayException error =
        catchThrowableOfType(
            DuplicateReplayException.class,
            () -> client().upload("g.replay", new byte[] {1, 2, 3}, null, null));

    assertThat(error.id()).isEqualTo("abc-123");
    assertThat(error.location()).contains("https://ballchasing.com/replay/abc-123");
    assertThat(error.status()).isEqualTo(409);
  }

  @Test
  void a409WithAnIdOnAnotherOperationIsAPlainConflict() {
    server.stubFor(
        post(urlPathEqualTo("/groups"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"group exists\",\"id\":\"g-1\"}")));

    ConflictException error =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                client()
                    .groups()
                    .createGroup(
                        GroupCreate.builder()
                            .name("g")
                            .playerIdentification(PlayerIdentification.BY_ID)
                            .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                            .build()));

    assertThat(error).isExactlyInstanceOf(ConflictException.class);
    assertThat(error.operation()).isEqualTo("createGroup");
  }

  @Test
  void anHtmlGatewayPageIsAServerErrorWithAReadableMessage() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>502 Bad Gateway</h1> nginx</body></html>")));

    ServerException error = catchThrowableOfType(ServerException.class, () -> client().ping());

    assertThat(error.status()).isEqualTo(502);
    assertThat(error.errorMessage()).isEmpty();
    assertThat(error.getMessage()).contains("502 Bad Gateway").contains("text/html");
    assertThat(error.getMessage()).doesNotContain("<h1>");
  }

  @Test
  void anEmpty429IsRateLimitedWithTheServersWait() {
    server.stubFor(get("/").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    BallchasingClient client =
        ballchasing().noRateLimits().callTimeout(Duration.ofSeconds(5)).build();

    RateLimitedException error =
        catchThrowableOfType(RateLimitedException.class, () -> client.ping());

    assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(error.getMessage()).contains("429").contains("empty body");
  }

  @Test
  void truncatedJsonOnSuccessIsMalformedNotAJacksonError() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"chaser\": tr")));

    MalformedResponseException error =
        catchThrowableOfType(MalformedResponseException.class, () -> client().ping());

    assertThat(error.status()).isEqualTo(200);
    assertThat(new String(error.rawBody())).isEqualTo("{\"chaser\": tr");
    assertThat(error.getMessage()).contains("ping").contains("does not match the spec");
  }

  @Test
  void anHtmlPageOnSuccessIsMalformed() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>maintenance</html>")));

    MalformedResponseException error =
        catchThrowableOfType(MalformedResponseException.class, () -> client().ping());

    assertThat(error.getMessage()).contains("expected JSON but got text/html");
  }

  @Test
  void jsonNullDecodesToNoWorkspace() {
    server.stubFor(
        get("/api/v1/workspaces/active")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("null")));

    assertThat(ballistica().build().activeWorkspace()).isEmpty();
  }
}
