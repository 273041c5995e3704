package io.github.ballkit.corpus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.Feign;
import feign.Logger;
import feign.Retryer;
import io.github.ballkit.core.internal.Codecs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A local WireMock stub and generated Feign interfaces bound to it with the clients' codecs, so a
 * test sees the request a generated method sends.
 */
abstract class Stub {
  private WireMockServer server;

  @BeforeEach
  void startStub() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stopStub() {
    server.stop();
  }

  /** Answers every request with this status and JSON body (none when {@code null}). */
  void answer(int status, String json) {
    var response = aResponse().withStatus(status);
    if (json != null) {
      response.withHeader("Content-Type", "application/json").withBody(json);
    }
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  /** Answers every request with these bytes as application/octet-stream. */
  void answerBytes(byte[] body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(body)));
  }

  <T> T api(Class<T> type) {
    return Feign.builder()
        .encoder(Codecs.encoder(RoundTrip.MAPPER))
        .decoder(
            (response, bodyType) ->
                RoundTrip.MAPPER.readValue(
                    response.body().asInputStream(), RoundTrip.MAPPER.constructType(bodyType)))
        .queryMapEncoder(Codecs.queryMapEncoder(RoundTrip.MAPPER))
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(Logger.Level.NONE)
        .target(type, server.baseUrl());
  }

  /** The one request the stub received. */
  LoggedRequest request() {
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return requests.get(0);
  }
}
