package io.github.ballkit.ballistica;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.HeldBodyServer;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.core.BadRequestException;
import io.github.ballkit.core.ForbiddenException;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.TransportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PUT to the signed storage URL: what headers it can send, and how its errors arrive. */
class SignedUploadTest extends WireMockSupport {
  private static final String FILE_URL = "/api/v1/workspaces/ws1/files/mymod/plugin.py";

  @TempDir Path dir;
  private Path file;
  private byte[] bytes;

  @BeforeEach
  void writeFile() throws Exception {
    bytes = new byte[20_000];
    new Random(5).nextBytes(bytes);
    file = Files.write(dir.resolve("plugin.py"), bytes);
  }

  private void initAnswers(String uploadHeaders) {
    initAnswers(baseUrl() + "/signed/obj?sig=abc", uploadHeaders);
  }

  private void initAnswers(String uploadUrl, String uploadHeaders) {
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-init")))
            .willReturn(
                okJson(
                    "{\"status\":\"upload_required\",\"session_id\":\"s-1\",\"upload_url\":\""
                        + uploadUrl
                        + "\",\"upload_headers\":"
                        + uploadHeaders
                        + ",\"expires_at\":\"2026-01-01T01:00:00Z\"}")));
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-finalize")))
            .willReturn(aResponse().withStatus(204)));
  }

  @Test
  void headersTheJdkSetsItselfAreSkippedAndTheRestAreSent() {
    // Before, the JDK refused Expect, Host, Connection, Upgrade and Content-Length with a raw
    // IllegalArgumentException. (Upgrade itself is not checked: the JDK sends "Upgrade: h2c".)
    initAnswers(
        "{\"Content-Type\":\"application/octet-stream\",\"x-goog-meta-sha\":\"xyz\","
            + "\"Expect\":\"100-continue\",\"Host\":\"storage.example\",\"Connection\":\"close\","
            + "\"Upgrade\":\"h2c\",\"Content-Length\":\"1\",\"X-Bad\":\"a\\r\\nInjected: 1\"}");
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(200)));

    UploadOutcome outcome = ballistica().build().upload("ws1", "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isTrue();
    server.verify(
        putRequestedFor(urlEqualTo("/signed/obj?sig=abc"))
            .withHeader("Content-Type", equalTo("application/octet-stream"))
            .withHeader("x-goog-meta-sha", equalTo("xyz"))
            .withHeader("Content-Length", equalTo(String.valueOf(bytes.length)))
            .withHeader("Injected", absent())
            .withHeader("X-Bad", absent())
            .withHeader("Authorization", absent())
            .withRequestBody(binaryEqualTo(bytes)));
  }

  @Test
  void aStorageRefusalIsTheTypedErrorOfItsStatusWithoutTheToken() {
    initAnswers("{\"Content-Type\":\"application/octet-stream\"}");
    server.stubFor(
        put(urlPathEqualTo("/signed/obj"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/xml")
                    .withBody(
                        "<?xml version='1.0'?><Error><Code>SignatureDoesNotMatch</Code>"
                            + "<Message>The request signature we calculated does not match"
                            + "</Message></Error>")));

    ForbiddenException error =
        catchThrowableOfType(
            ForbiddenException.class,
            () -> ballistica().build().upload("ws1", "mymod/plugin.py", file));

    assertThat(error.operation()).isEqualTo("signedUpload");
    assertThat(error.getMessage()).contains("403").contains("SignatureDoesNotMatch");
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(TOKEN).doesNotContain("sig=abc");
    server.verify(
        0,
        postRequestedFor(urlEqualTo(FILE_URL))
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-finalize"))));
  }

  @Test
  void aLongStorageErrorIsReadOnlyAsFarAsTheExcerpt() throws Exception {
    // The storage sends 100 KiB of its answer, then holds the rest: only 64 KiB are needed.
    try (HeldBodyServer storage = new HeldBodyServer(400, new byte[100 * 1024], new byte[1024])) {
      initAnswers(storage.baseUrl() + "/signed/obj?sig=abc", "{}");

      BadRequestException error =
          catchThrowableOfType(
              BadRequestException.class,
              () -> ballistica().maxRetries(0).build().upload("ws1", "mymod/plugin.py", file));

      assertThat(error.operation()).isEqualTo("signedUpload");
      assertThat(error.rawBody()).hasSize(64 * 1024);
    }
  }

  @Test
  void aStorageErrorWhoseBodyStallsTimesOutWithinTheCallTimeout() throws Exception {
    try (HeldBodyServer storage = new HeldBodyServer(400, new byte[10], new byte[1024])) {
      initAnswers(storage.baseUrl() + "/signed/obj?sig=abc", "{}");
      BallisticaClient client =
          ballistica().maxRetries(0).callTimeout(Duration.ofSeconds(2)).build();

      TransportException error =
          catchThrowableOfType(
              TransportException.class, () -> client.upload("ws1", "mymod/plugin.py", file));

      assertThat(error.isTimeout()).isTrue();
      assertThat(error.operation()).isEqualTo("signedUpload");
    }
  }

  @ParameterizedTest(name = "upload_url: {0}")
  @ValueSource(strings = {"not a url", "ftp://x/y", "http:///y", "/signed/obj?sig=abc"})
  void anUploadUrlThatIsNotAnHttpUrlIsAMalformedInitAnswer(String uploadUrl) {
    initAnswers(uploadUrl, "{}");

    MalformedResponseException error =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> ballistica().build().upload("ws1", "mymod/plugin.py", file));

    assertThat(error.operation()).isEqualTo("operateOnWorkspaceFile");
    assertThat(error.getMessage()).contains("upload_url");
    server.verify(0, putRequestedFor(urlPathEqualTo("/signed/obj")));
  }
}
