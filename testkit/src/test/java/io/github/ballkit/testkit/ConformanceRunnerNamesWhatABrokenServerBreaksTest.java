package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.ballkit.testkit.OperationResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deliberately broken, hostile ballchasing server (plain WireMock, no validation): a wrong type,
 * an HTML page, a replay for any id, a reset connection and a hang. The runner names each operation
 * with the rule it breaks, reports the reset and the hang as unreachable within its timeout, and
 * the command exits 1.
 */
class ConformanceRunnerNamesWhatABrokenServerBreaksTest {
  private static final ConformanceOptions FAST =
      ConformanceOptions.builder().timeout(Duration.ofSeconds(1)).build();
  private static WireMockServer broken;
  private static ConformanceReport report;

  @BeforeAll
  static void startTheBrokenServerAndCheckIt() {
    broken = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    broken.start();
    json("/api/", "{\"chaser\": \"yes\", \"steam_id\": \"1\"}");
    broken.stubFor(
        get(urlPathEqualTo("/api/maps"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Maintenance</body></html>")));
    json("/api/replays/.+", Stubs.ballchasing().operation("getReplay").ok());
    broken.stubFor(
        get(urlPathEqualTo("/api/replays"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    broken.stubFor(
        get(urlPathEqualTo("/api/groups"))
            .willReturn(aResponse().withFixedDelay(3_000).withBody("{}")));
    report = Conformance.check(Api.BALLCHASING, broken.baseUrl() + "/api", FAST);
  }

  private static void json(String pathRegex, String body) {
    broken.stubFor(
        get(urlPathMatching(pathRegex))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static void json(
      String pathRegex, com.github.tomakehurst.wiremock.client.MappingBuilder like) {
    json(pathRegex, new String(like.build().getResponse().getByteBody(), StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    broken.stop();
  }

  @Test
  void aWrongTypeIsNamedWithItsRuleAndPlace() {
    OperationResult ping = report.result("ping").orElseThrow();

    assertThat(ping.outcome()).isEqualTo(Outcome.VIOLATES);
    assertThat(String.join("\n", ping.findings()))
        .contains("validation.response.body.schema.type")
        .contains("/chaser");
  }

  @Test
  void anHtmlPageIsAViolationOfTheContentType() {
    OperationResult maps = report.result("listMaps").orElseThrow();

    assertThat(maps.outcome()).isEqualTo(Outcome.VIOLATES);
    assertThat(String.join("\n", maps.findings())).contains("validation.response.contentType");
  }

  @Test
  void aReplayForAnUnknownIdBreaksTheDocumented404() {
    OperationResult replay = report.result("getReplay").orElseThrow();

    assertThat(replay.outcome()).isEqualTo(Outcome.VIOLATES);
    assertThat(replay.findings())
        .anySatisfy(
            f -> assertThat(f).startsWith("unknown id:").contains("documents 404").contains("200"));
  }

  @Test
  void aResetConnectionAndAHangAreUnreachable() {
    assertThat(report.result("listReplays").orElseThrow().outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(report.result("listGroups").orElseThrow().outcome()).isEqualTo(Outcome.UNREACHABLE);
  }

  @Test
  void writesAreSkippedByDefault() {
    assertThat(report.result("uploadReplay").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(report.result("deleteGroup").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void theCommandPrintsTheTableAndExitsOne() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        ConformanceMain.run(
            new String[] {
              "--api",
              "ballchasing",
              "--base-url",
              broken.baseUrl() + "/api",
              "--timeout-seconds",
              "1"
            },
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("ping +violates")
        .containsPattern("listReplays +unreachable")
        .containsPattern("uploadReplay +skipped");
  }
}
