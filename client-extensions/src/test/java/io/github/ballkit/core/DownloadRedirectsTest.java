package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ballkit.WireMockSupport;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redirects on the streaming download path, which the transport handles apart from JSON calls:
 * within the origin the token goes along, to another origin (a storage host) it does not.
 */
class DownloadRedirectsTest extends WireMockSupport {
  private final byte[] bytes = new byte[40_000];
  private WireMockServer storage;

  @BeforeEach
  void startStorage() {
    new Random(13).nextBytes(bytes);
    storage = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    storage.start();
  }

  @AfterEach
  void stopStorage() {
    storage.stop();
  }

  private byte[] download() throws Exception {
    try (InputStream in = ballchasing().noRateLimits().build().download("r-1")) {
      return in.readAllBytes();
    }
  }

  @Test
  void aRedirectWithinTheOriginKeepsTheToken() throws Exception {
    server.stubFor(
        get("/replays/r-1/file")
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/blobs/r-1")));
    server.stubFor(
        get("/blobs/r-1")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(bytes)));

    assertThat(download()).isEqualTo(bytes);
    server.verify(
        getRequestedFor(urlEqualTo("/blobs/r-1")).withHeader("Authorization", equalTo(TOKEN)));
  }

  @Test
  void aRedirectToAnotherOriginDropsTheToken() throws Exception {
    // localhost and 127.0.0.1 are different origins, as are different ports.
    server.stubFor(
        get("/replays/r-1/file")
            .willReturn(
                aResponse()
                    .withStatus(307)
                    .withHeader(
                        "Location", "http://localhost:" + storage.port() + "/blobs/r-1?sig=x")));
    storage.stubFor(
        get("/blobs/r-1?sig=x")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(bytes)));

    assertThat(download()).isEqualTo(bytes);
    server.verify(
        getRequestedFor(urlEqualTo("/replays/r-1/file"))
            .withHeader("Authorization", equalTo(TOKEN)));
    storage.verify(
        getRequestedFor(urlEqualTo("/blobs/r-1?sig=x")).withHeader("Authorization", absent()));
  }
}
