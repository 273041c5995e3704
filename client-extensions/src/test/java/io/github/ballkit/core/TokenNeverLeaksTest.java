package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TokenNeverLeaksTest extends WireMockSupport {
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger root;
  private Level previous;

  @BeforeEach
  void captureEverything() {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void restore() {
    root.detachAppender(logs);
    root.setLevel(previous);
  }

  private String everythingLogged() {
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent event : logs.list) {
      all.append(event.getFormattedMessage()).append('\n');
      if (event.getThrowableProxy() != null) {
        all.append(event.getThrowableProxy().getMessage()).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void noLogLineAtTraceCarriesTheToken() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}")));
    server.stubFor(
        get("/api/v1/accounts/me")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"unauthorized\",\"message\":\"bad key\"}")));

    ballchasing().build().ping();
    catchThrowable(() -> ballistica().build().me());

    assertThat(logs.list).isNotEmpty();
    assertThat(everythingLogged()).contains("GET").doesNotContain(TOKEN);
  }

  @Test
  void toStringsAndErrorsDoNotCarryTheToken() {
    server.stubFor(
        get("/")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid API key\"}")));
    BallchasingClient.Builder builder = ballchasing();
    BallchasingClient client = builder.build();

    Throwable error = catchThrowable(client::ping);

    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).contains("invalid API key").doesNotContain(TOKEN);
    assertThat(client.toString()).doesNotContain(TOKEN);
    assertThat(builder.toString()).doesNotContain(TOKEN);
  }

  @Test
  void aRedirectToAnotherHostLosesTheToken() {
    WireMockServer other = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    other.start();
    try {
      // localhost and 127.0.0.1 are different origins, as are different ports.
      other.stubFor(get("/moved/maps").willReturn(okJson("{\"a_p\":\"A\"}")));
      server.stubFor(
          get("/maps")
              .willReturn(
                  aResponse()
                      .withStatus(302)
                      .withHeader("Location", "http://localhost:" + other.port() + "/moved/maps")));

      assertThat(ballchasing().build().misc().listMaps()).containsEntry("a_p", "A");

      server.verify(
          getRequestedFor(urlEqualTo("/maps"))
              .withHeader(
                  "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(TOKEN)));
      other.verify(
          getRequestedFor(urlEqualTo("/moved/maps")).withHeader("Authorization", absent()));
    } finally {
      other.stop();
    }
  }

  @Test
  void aRedirectWithinTheOriginKeepsTheToken() {
    server.stubFor(
        get("/maps").willReturn(aResponse().withStatus(301).withHeader("Location", "/maps2")));
    server.stubFor(get("/maps2").willReturn(okJson("{\"b_p\":\"B\"}")));

    assertThat(ballchasing().build().misc().listMaps()).containsEntry("b_p", "B");
    server.verify(
        getRequestedFor(urlEqualTo("/maps2"))
            .withHeader(
                "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(TOKEN)));
  }

  @Test
  void aMissingOrBlankTokenFailsAtBuildTimeNamingTheVariable() {
    assertThat(catchThrowable(() -> BallchasingClient.builder().baseUrl(baseUrl()).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BALLCHASING_API_KEY");
    assertThat(catchThrowable(() -> BallisticaClient.builder().token("  ").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BALLISTICA_API_KEY");
    server.verify(
        0,
        com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }
}
