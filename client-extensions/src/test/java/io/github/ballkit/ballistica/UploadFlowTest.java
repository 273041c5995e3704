package io.github.ballkit.ballistica;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ServerException;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.core.internal.FileDigest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadFlowTest extends WireMockSupport {
  private static final String FILE_URL = "/api/v1/workspaces/ws1/files/mymod/plugin.py";

  @TempDir Path dir;
  private Path file;
  private byte[] bytes;
  private FileDigest digest;

  @BeforeEach
  void writeFile() throws Exception {
    bytes = new byte[200_000];
    new Random(3).nextBytes(bytes);
    file = Files.write(dir.resolve("plugin.py"), bytes);
    digest = FileDigest.of(bytes);
  }

  private String initRequest() {
    return "{\"op\":\"upload-init\",\"size\":"
        + bytes.length
        + ",\"sha256\":\""
        + digest.sha256()
        + "\"}";
  }

  private String uploadRequired() {
    return "{\"status\":\"upload_required\",\"session_id\":\"s-1\",\"upload_url\":\""
        + baseUrl()
        + "/signed/obj?sig=abc\",\"upload_headers\":{\"Content-Type\":\"application/octet-stream\","
        + "\"x-goog-meta-sha\":\"xyz\"},\"expires_at\":\"2026-01-01T01:00:00Z\"}";
  }

  @Test
  void existingContentIsNotSentAgain() {
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(equalToJson(initRequest()))
            .willReturn(okJson("{\"status\":\"exists\"}")));

    UploadOutcome outcome = ballistica().build().upload("ws1", "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isFalse();
    assertThat(outcome.sha256()).isEqualTo(digest.sha256());
    assertThat(outcome.size()).isEqualTo(bytes.length);
    server.verify(0, putRequestedFor(urlPathEqualTo("/signed/obj")));
  }

  @Test
  void newContentGoesToTheSignedUrlWithExactlyTheGivenHeadersAndNoToken() {
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(equalToJson(initRequest()))
            .willReturn(okJson(uploadRequired())));
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(200)));
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(equalToJson("{\"op\":\"upload-finalize\",\"session_id\":\"s-1\"}"))
            .willReturn(aResponse().withStatus(204)));

    UploadOutcome outcome = ballistica().build().upload("ws1", "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isTrue();
    server.verify(
        putRequestedFor(urlEqualTo("/signed/obj?sig=abc"))
            .withHeader("Authorization", absent())
            .withHeader("Content-Type", equalTo("application/octet-stream"))
            .withHeader("x-goog-meta-sha", equalTo("xyz"))
            .withHeader("Content-Length", equalTo(String.valueOf(bytes.length)))
            .withRequestBody(binaryEqualTo(bytes)));
    server.verify(
        postRequestedFor(urlEqualTo(FILE_URL))
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-finalize"))));
  }

  @Test
  void aFailedFinalizeRestartsTheSequenceWhichThenFindsTheContent() {
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-init")))
            .inScenario("finalize")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(uploadRequired())));
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(200)));
    // A failed finalize restarts the whole sequence (the session may be consumed or expired: the
    // server may then answer 500), and the second init finds the content stored.
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-finalize")))
            .inScenario("finalize")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody("{\"error\":\"internal\",\"message\":\"boom\"}"))
            .willSetStateTo("stored"));
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-init")))
            .inScenario("finalize")
            .whenScenarioStateIs("stored")
            .willReturn(okJson("{\"status\":\"exists\"}")));

    UploadOutcome outcome = ballistica().build().upload("ws1", "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isFalse();
    server.verify(1, putRequestedFor(urlPathEqualTo("/signed/obj")));
    server.verify(
        2,
        postRequestedFor(urlEqualTo(FILE_URL))
            .withRequestBody(matchingJsonPath("$.op", equalTo("upload-init"))));
  }

  private static com.github.tomakehurst.wiremock.matching.StringValuePattern op(String op) {
    return matchingJsonPath("$.op", equalTo(op));
  }

  private void initAnswersUploadRequired() {
    server.stubFor(
        post(FILE_URL).withRequestBody(op("upload-init")).willReturn(okJson(uploadRequired())));
  }

  private void finalizeSucceeds() {
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(op("upload-finalize"))
            .willReturn(aResponse().withStatus(204)));
  }

  private int requests(String op) {
    return server.findAll(postRequestedFor(urlEqualTo(FILE_URL)).withRequestBody(op(op))).size();
  }

  @Test
  void aPersistent503OnInitEndsAfterMaxRetriesRequestsInTotal() {
    server.stubFor(
        post(FILE_URL).withRequestBody(op("upload-init")).willReturn(aResponse().withStatus(503)));

    ServerException error =
        catchThrowableOfType(
            ServerException.class,
            () -> ballistica().maxRetries(3).build().upload("ws1", "mymod/plugin.py", file));

    assertThat(error.status()).isEqualTo(503);
    assertThat(requests("upload-init")).isEqualTo(4);
  }

  @Test
  void a500OnInitIsNotRetried() {
    server.stubFor(
        post(FILE_URL).withRequestBody(op("upload-init")).willReturn(aResponse().withStatus(500)));

    catchThrowableOfType(
        ServerException.class, () -> ballistica().build().upload("ws1", "mymod/plugin.py", file));

    assertThat(requests("upload-init")).isEqualTo(1);
  }

  @Test
  void aPersistent503OnFinalizeCostsOneFinalizePerAttempt() {
    initAnswersUploadRequired();
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(200)));
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(op("upload-finalize"))
            .willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(
        ServerException.class,
        () -> ballistica().maxRetries(2).build().upload("ws1", "mymod/plugin.py", file));

    assertThat(requests("upload-finalize")).isEqualTo(3);
    assertThat(requests("upload-init")).isEqualTo(3);
  }

  @Test
  void aFailedSignedPutRestartsTheSequence() {
    initAnswersUploadRequired();
    server.stubFor(
        put(urlPathEqualTo("/signed/obj"))
            .inScenario("put")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("storage back"));
    server.stubFor(
        put(urlPathEqualTo("/signed/obj"))
            .inScenario("put")
            .whenScenarioStateIs("storage back")
            .willReturn(aResponse().withStatus(200)));
    finalizeSucceeds();

    UploadOutcome outcome = ballistica().build().upload("ws1", "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isTrue();
    assertThat(requests("upload-init")).isEqualTo(2);
    server.verify(2, putRequestedFor(urlPathEqualTo("/signed/obj")));
    assertThat(requests("upload-finalize")).isEqualTo(1);
  }

  @Test
  void aSignedPutThatKeepsFailingEndsAfterMaxRetries() {
    initAnswersUploadRequired();
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(500)));

    catchThrowableOfType(
        ServerException.class,
        () -> ballistica().maxRetries(1).build().upload("ws1", "mymod/plugin.py", file));

    server.verify(2, putRequestedFor(urlPathEqualTo("/signed/obj")));
    assertThat(requests("upload-finalize")).isZero();
  }

  @Test
  @SuppressWarnings("deprecation") // Feign's URLConnection client, wrapped to act between steps
  void aLocalReadErrorIsNotRetried() {
    initAnswersUploadRequired();
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(200)));
    feign.Client urlConnection = new feign.Client.Default(null, null);
    feign.Client deletesTheFileAfterInit =
        (request, options) -> {
          feign.Response response = urlConnection.execute(request, options);
          java.nio.file.Files.deleteIfExists(file);
          return response;
        };
    BallisticaClient client = ballistica().transport(deletesTheFileAfterInit).build();

    TransportException error =
        catchThrowableOfType(
            TransportException.class, () -> client.upload("ws1", "mymod/plugin.py", file));

    assertThat(error.getMessage()).contains("cannot read", file.toString());
    assertThat(requests("upload-init")).isEqualTo(1);
    server.verify(0, putRequestedFor(urlPathEqualTo("/signed/obj")));
  }

  @Test
  void noRestartStartsAfterTheCallTimeout() {
    server.stubFor(
        post(FILE_URL).withRequestBody(op("upload-init")).willReturn(aResponse().withStatus(503)));
    BallisticaClient client =
        ballistica()
            .callTimeout(Duration.ofMillis(900))
            .backoff(Duration.ofSeconds(2), Duration.ofSeconds(2)) // every wait is 1 to 2 s
            .build();

    catchThrowableOfType(
        ServerException.class, () -> client.upload("ws1", "mymod/plugin.py", file));

    assertThat(requests("upload-init")).isEqualTo(1);
    assertThat(time.slept()).isZero();
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {400, 413})
  void aStorageRefusalThatAnotherTryWouldGetAgainIsThrownAtOnce(int status) {
    initAnswersUploadRequired();
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(status)));

    ApiException error =
        catchThrowableOfType(
            ApiException.class,
            () -> ballistica().maxRetries(3).build().upload("ws1", "mymod/plugin.py", file));

    assertThat(error.status()).isEqualTo(status);
    assertThat(error.operation()).isEqualTo("signedUpload");
    server.verify(1, putRequestedFor(urlPathEqualTo("/signed/obj")));
    assertThat(requests("upload-init")).isEqualTo(1);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {403, 408, 429})
  void aStorageRefusalANewUrlMayMendStartsAgain(int status) {
    initAnswersUploadRequired();
    server.stubFor(put(urlPathEqualTo("/signed/obj")).willReturn(aResponse().withStatus(status)));

    ApiException error =
        catchThrowableOfType(
            ApiException.class,
            () -> ballistica().maxRetries(1).build().upload("ws1", "mymod/plugin.py", file));

    assertThat(error.status()).isEqualTo(status);
    server.verify(2, putRequestedFor(urlPathEqualTo("/signed/obj")));
    assertThat(requests("upload-init")).isEqualTo(2);
  }

  @Test
  void theCallTimeoutStartsOnceTheFileIsHashed() throws Exception {
    // The file is a named pipe, so the test decides when hashing ends: it lets ten minutes pass
    // (on the test's clock) while the upload reads the file, far beyond the 2 min call timeout.
    Path pipe = dir.resolve("pipe.py");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "named pipes (mkfifo) are needed for this test");
    server.stubFor(
        post(FILE_URL)
            .withRequestBody(op("upload-init"))
            .willReturn(okJson("{\"status\":\"exists\"}")));
    Thread slowDisk =
        new Thread(
            () -> {
              try (OutputStream out =
                  Files.newOutputStream(pipe)) { // waits for the upload to open it
                time.advance(Duration.ofMinutes(10));
                out.write(bytes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    slowDisk.setDaemon(true);
    slowDisk.start();

    UploadOutcome outcome =
        ballistica()
            .callTimeout(Duration.ofMinutes(2))
            .build()
            .upload("ws1", "mymod/plugin.py", pipe);

    assertThat(outcome.sha256()).isEqualTo(digest.sha256());
    assertThat(outcome.transferred()).isFalse();
  }
}
