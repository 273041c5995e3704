package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.NotFoundException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadAndDownloadTest extends WireMockSupport {
  @TempDir Path dir;

  private static byte[] replayBytes() {
    byte[] bytes = new byte[50_000];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  @Test
  void uploadsAFileAsTheMultipartPartFileWithVisibilityAndGroupInTheQuery() throws Exception {
    byte[] bytes = replayBytes();
    Path replay = Files.write(dir.resolve("final.replay"), bytes);
    server.stubFor(
        post(urlPathEqualTo("/v2/upload"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"r-1\",\"location\":\"https://ballchasing.com/replay/r-1\"}")));

    UploadResult result =
        ballchasing().noRateLimits().build().upload(replay, Visibility.PRIVATE, "my-group");

    assertThat(result.id()).isEqualTo("r-1");
    server.verify(
        postRequestedFor(urlPathEqualTo("/v2/upload"))
            .withQueryParam("visibility", equalTo("private"))
            .withQueryParam("group", equalTo("my-group"))
            .withRequestBodyPart(
                aMultipart()
                    .withName("file")
                    .withFileName("final.replay")
                    .withBody(binaryEqualTo(bytes))
                    .build()));
  }

  @Test
  void uploadOrGetExistingReturnsTheExistingIdOnADuplicate() throws Exception {
    Path replay = Files.write(dir.resolve("dup.replay"), replayBytes());
    server.stubFor(
        post(urlPathEqualTo("/v2/upload"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"duplicate replay\",\"id\":\"old-1\"}")));

    assertThat(ballchasing().noRateLimits().build().uploadOrGetExisting(replay, null, null))
        .isEqualTo("old-1");
  }

  @Test
  void downloadsStreamToAFile() throws Exception {
    byte[] bytes = replayBytes();
    server.stubFor(
        get("/replays/r-1/file")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(bytes)));

    Path target = ballchasing().build().download("r-1", dir.resolve("out/r-1.replay"));

    assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void downloadsOpenAsAStream() throws Exception {
    byte[] bytes = replayBytes();
    server.stubFor(get("/replays/r-1/file").willReturn(aResponse().withBody(bytes)));

    try (InputStream in = ballchasing().build().download("r-1")) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void aMissingDownloadIsATypedNotFoundAndWritesNoFile() {
    server.stubFor(
        get("/replays/nope/file")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"replay not found\"}")));

    assertThatThrownBy(() -> ballchasing().build().download("nope", dir.resolve("x.replay")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("downloadReplay")
        .hasMessageContaining("replay not found");
    assertThat(dir.resolve("x.replay")).doesNotExist();
  }

  @Test
  void theJsonCallsStillWorkBesideDownloads() {
    server.stubFor(get("/maps").willReturn(okJson("{\"stadium_p\":\"DFH Stadium\"}")));

    assertThat(ballchasing().build().misc().listMaps()).containsEntry("stadium_p", "DFH Stadium");
  }
}
