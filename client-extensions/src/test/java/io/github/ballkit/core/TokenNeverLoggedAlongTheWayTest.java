package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.CapturedLogs;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballistica.UploadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every logger at TRACE, the token appears in no log line on the longer paths: a retried call,
 * a followed redirect, Ballistica's upload flow (init, signed PUT, finalize) and a response header
 * that echoes it. Each test also checks the path really ran and logged.
 */
class TokenNeverLoggedAlongTheWayTest extends WireMockSupport {
  @RegisterExtension final CapturedLogs logs = new CapturedLogs();

  @TempDir Path dir;

  @Test
  void duringARetry() {
    server.stubFor(
        get("/")
            .inScenario("retry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    server.stubFor(get("/").inScenario("retry").whenScenarioStateIs("up").willReturn(okJson("{}")));

    ballchasing().noRateLimits().build().ping();

    assertThat(logs.everything()).contains("retrying").doesNotContain(TOKEN);
  }

  @Test
  void duringARedirect() {
    server.stubFor(
        get("/maps").willReturn(aResponse().withStatus(302).withHeader("Location", "/maps2")));
    server.stubFor(get("/maps2").willReturn(okJson("{\"b_p\":\"B\"}")));

    ballchasing().noRateLimits().build().misc().listMaps();

    server.verify(
        getRequestedFor(urlEqualTo("/maps2")).withHeader("Authorization", equalTo(TOKEN)));
    assertThat(logs.everything()).contains("GET").doesNotContain(TOKEN);
  }

  @Test
  void duringTheBallisticaUploadFlow() throws Exception {
    Path file = Files.write(dir.resolve("plugin.py"), "print('hi')\n".getBytes());
    String fileUrl = "/api/v1/workspaces/ws1/files/mymod/plugin.py";
    server.stubFor(
        post(fileUrl)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-init")))
            .willReturn(
                okJson(
                    "{\"status\":\"upload_required\",\"session_id\":\"s-1\",\"upload_url\":\""
                        + baseUrl()
                        + "/signed/obj?sig=abc\",\"upload_headers\":{\"Content-Type\":"
                        + "\"application/octet-stream\"},\"expires_at\":\"2026-01-01T01:00:00Z\"}")));
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(200)));
    server.stubFor(
        post(fileUrl)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-finalize")))
            .willReturn(aResponse().withStatus(204)));

    UploadOutcome outcome = ballistica().build().upload("ws1", "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isTrue();
    assertThat(logs.everything())
        .contains("operateOnWorkspaceFile")
        .contains("signed upload")
        .doesNotContain(TOKEN);
  }

  @Test
  void whenAResponseHeaderEchoesIt() {
    server.stubFor(get("/").willReturn(okJson("{}").withHeader("X-Echo", "key=" + TOKEN)));

    ballchasing().noRateLimits().build().ping();

    assertThat(logs.everything())
        .containsIgnoringCase("X-Echo: key=[redacted]")
        .doesNotContain(TOKEN);
  }
}
