package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the token back (a proxy's debug page, an API quoting the bad key) does not
 * put it into ballkit's exceptions: not the message, not the raw body, not the headers.
 */
class EchoedTokensAreRedactedTest extends WireMockSupport {

  private BallchasingClient client() {
    return ballchasing().noRateLimits().maxRetries(0).build();
  }

  private static String everything(ApiException error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace
        + "\n"
        + new String(error.rawBody(), StandardCharsets.UTF_8)
        + "\n"
        + error.headers()
        + "\n"
        + error.errorMessage().orElse("")
        + error.requestId().orElse("");
  }

  /**
   * HTTP/1.1: the long bodies here were once refused mid-stream over an h2c upgrade, by the JDK
   * client against the test server's HTTP/2 (a frame-size protocol error), which is no concern of
   * masking. Real servers speak HTTP/2 over TLS, not h2c.
   */
  @Override
  protected boolean upgradesToPlainHttp2() {
    return false;
  }

  @Test
  void anErrorMessageThatQuotesTheTokenShowsItMasked() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Echo", "key=" + TOKEN)
                    .withBody(
                        "{\"error\":\"invalid API key '"
                            + TOKEN
                            + "'\",\"request_id\":\""
                            + TOKEN
                            + "\"}")));

    UnauthorizedException error =
        catchThrowableOfType(UnauthorizedException.class, () -> client().ping());

    assertThat(error.errorMessage()).contains("invalid API key '[redacted]'");
    assertThat(everything(error)).doesNotContain(TOKEN);
  }

  @Test
  void aBodyThatIsNotTheApisFormatIsExcerptedWithoutTheToken() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><pre>Authorization: " + TOKEN + "</pre></html>")));

    ServerException error = catchThrowableOfType(ServerException.class, () -> client().ping());

    assertThat(error.getMessage()).contains("Authorization: [redacted]");
    assertThat(everything(error)).doesNotContain(TOKEN);
  }

  @Test
  void aSuccessBodyThatIsNotJsonAndQuotesTheTokenIsMalformedWithoutIt() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"chaser\": " + TOKEN + "}")));

    MalformedResponseException error =
        catchThrowableOfType(MalformedResponseException.class, () -> client().ping());

    assertThat(everything(error)).doesNotContain(TOKEN).doesNotContain("s3cr3t");
  }

  @Test
  void theTokenIsMaskedWhereItCrossesTheCutOfALongBody() {
    // The kept body ends 64 KiB in; the token starts 5 bytes before that.
    String filler = "x".repeat(64 * 1024 - 5);
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/plain")
                    .withBody(filler + TOKEN + " and more")));

    ServerException error = catchThrowableOfType(ServerException.class, () -> client().ping());

    assertThat(error.rawBody()).hasSize(64 * 1024);
    assertThat(new String(error.rawBody(), StandardCharsets.UTF_8))
        .endsWith("[reda")
        .doesNotContain(TOKEN.substring(0, 5));
  }

  @Test
  void aRedirectToANonHttpUrlThatCarriesTheTokenIsMalformedWithoutIt() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "ftp://h/?k=" + TOKEN)
                    .withHeader("X-Echo", TOKEN)));

    MalformedResponseException error =
        catchThrowableOfType(MalformedResponseException.class, () -> client().ping());

    assertThat(error.getMessage()).contains("ftp://h/?k=[redacted]");
    assertThat(everything(error)).doesNotContain(TOKEN);
  }
}
