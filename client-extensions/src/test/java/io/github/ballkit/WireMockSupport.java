package io.github.ballkit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shared base: a WireMock server on a free loopback port and clients pointed at it. */
public abstract class WireMockSupport {
  public static final String TOKEN = "s3cr3t-t0ken-4f9a";

  protected WireMockServer server;
  protected FakeTime time;

  @BeforeEach
  void startServer() {
    server =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .http2PlainDisabled(!upgradesToPlainHttp2()));
    server.start();
    time = new FakeTime();
  }

  /**
   * Tells whether the server accepts the JDK client's upgrade to HTTP/2 over plain HTTP ({@code
   * Upgrade: h2c}), as it does unless a test says otherwise.
   *
   * @return true to answer upgraded requests over HTTP/2
   */
  protected boolean upgradesToPlainHttp2() {
    return true;
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Two pages of ballchasing groups: {@code g1}, then (cursor {@code x}) {@code g2}. */
  protected void stubTwoGroupPages() {
    server.stubFor(
        get(urlPathEqualTo("/groups"))
            .withQueryParam("after", absent())
            .willReturn(
                okJson(
                    "{\"list\":[{\"id\":\"g1\"}],\"next\":\"" + baseUrl() + "/groups?after=x\"}")));
    server.stubFor(
        get(urlPathEqualTo("/groups"))
            .withQueryParam("after", equalTo("x"))
            .willReturn(okJson("{\"list\":[{\"id\":\"g2\"}]}")));
  }

  protected BallchasingClient.Builder ballchasing() {
    return BallchasingClient.builder()
        .token(TOKEN)
        .baseUrl(baseUrl())
        .clock(time)
        .sleeper(time)
        .readTimeout(Duration.ofSeconds(5));
  }

  protected BallisticaClient.Builder ballistica() {
    return BallisticaClient.builder()
        .token(TOKEN)
        .baseUrl(baseUrl())
        .clock(time)
        .sleeper(time)
        .readTimeout(Duration.ofSeconds(5));
  }
}
