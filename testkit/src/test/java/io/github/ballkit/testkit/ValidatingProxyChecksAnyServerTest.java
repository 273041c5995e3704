package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validating proxy in front of servers the testkit did not build. */
class ValidatingProxyChecksAnyServerTest {
  private WireMockServer foreign;

  @BeforeEach
  void startAForeignMock() {
    foreign = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    foreign.start();
  }

  @AfterEach
  void stop() {
    foreign.stop();
  }

  @Test
  void aForeignMockBreakingTheSpecIsReportedLikeBallkitMock() {
    foreign.stubFor(
        get(urlPathEqualTo("/api/"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"chaser\": \"yes\"}")));
    try (ValidatingProxy proxy =
        ValidatingProxy.start(Api.BALLCHASING, foreign.baseUrl() + "/api")) {
      try {
        BallchasingClient.builder().token("t").baseUrl(proxy.baseUrl()).build().misc().ping();
      } catch (RuntimeException expected) {
        // the client refuses the body too
      }

      assertThatThrownBy(proxy::assertNoViolations)
          .isInstanceOf(SpecViolationError.class)
          .hasMessageContaining("1 violation of the ballchasing spec in the served traffic")
          .hasMessageContaining("GET /api/ -> 200 (ping)")
          .hasMessageContaining("validation.response.body.schema.type")
          .hasMessageContaining("/chaser = \"yes\"");
    }
  }

  @Test
  void asAJunitExtensionItFailsTheTestAfterItRan() {
    foreign.stubFor(get(urlPathEqualTo("/api/maps")).willReturn(aResponse().withBody("<html>")));
    try (ValidatingProxy proxy =
        ValidatingProxy.start(Api.BALLCHASING, foreign.baseUrl() + "/api")) {
      try {
        BallchasingClient.builder().token("t").baseUrl(proxy.baseUrl()).build().misc().listMaps();
      } catch (RuntimeException expected) {
        // the client refuses the page too; the proxy says which rule it broke
      }

      assertThatThrownBy(() -> proxy.afterEach(null))
          .isInstanceOf(SpecViolationError.class)
          .hasMessageContaining("(listMaps)");
    }
  }

  @Test
  void aTargetThatIsNotListeningIsAViolationOfItsOwn() {
    int closedPort = foreign.port();
    foreign.stop();
    try (ValidatingProxy proxy =
        ValidatingProxy.start(Api.BALLISTICA, "http://127.0.0.1:" + closedPort)) {
      try {
        BallisticaClient.builder().token("t").baseUrl(proxy.baseUrl()).maxRetries(0).build().me();
      } catch (RuntimeException expected) {
        // a 500 made up by the proxy
      }

      assertThat(proxy.takeViolations())
          .singleElement()
          .asString()
          .contains("ballkit.proxy.upstream-failed")
          .contains("(getAccount)");
    }
  }

  @Test
  void anEmulatorsTrafficRecordsAsStubsThatReplayInBallkitMock(@TempDir Path dir) throws Exception {
    List<StubMapping> stubs;
    try (BallisticaEmulator emulator = BallisticaEmulator.start();
        ValidatingProxy proxy = ValidatingProxy.start(Api.BALLISTICA, emulator.baseUrl())) {
      BallisticaClient client =
          BallisticaClient.builder().token("t").baseUrl(proxy.baseUrl()).build();
      client.workspaces().createWorkspace(WorkspaceCreate.builder().name("Recorded").build());
      client.workspaces().listWorkspaces();
      proxy.assertNoViolations(); // clears the journal: record what follows
      client.workspaces().listWorkspaces();
      client.me();

      stubs = proxy.recordedStubs();
      List<Path> files = proxy.writeStubs(dir);

      assertThat(files)
          .extracting(f -> f.getFileName().toString())
          .containsExactly("001-listWorkspaces.json", "002-getAccount.json");
      assertThat(Files.readString(files.get(0))).contains("Recorded");
    }
    try (var replay =
        new io.github.ballkit.testkit.internal.ValidatingServer(
            Api.BALLISTICA, 0, true, path -> false, v -> {})) {
      stubs.forEach(stub -> replay.wireMock().addStubMapping(stub));
      BallisticaClient client =
          BallisticaClient.builder().token("t").baseUrl(replay.baseUrl()).build();

      assertThat(client.workspaces().listWorkspaces().workspaces())
          .extracting(w -> w.name())
          .containsExactly("Recorded");
      replay.assertNoViolations();
    }
  }

  @Test
  void aRecordedExchangeBreakingTheSpecCannotBeKept() {
    foreign.stubFor(
        get(urlPathEqualTo("/api/maps"))
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("[1, 2]")));
    try (ValidatingProxy proxy =
        ValidatingProxy.start(Api.BALLCHASING, foreign.baseUrl() + "/api")) {
      try {
        BallchasingClient.builder().token("t").baseUrl(proxy.baseUrl()).build().misc().listMaps();
      } catch (RuntimeException expected) {
        // not a map of names
      }

      assertThatThrownBy(proxy::recordedStubs)
          .isInstanceOf(InvalidStubException.class)
          .hasMessageContaining("listMaps");
    }
  }

  @Test
  void aTargetThatIsNoUrlIsRefused() {
    assertThatThrownBy(() -> ValidatingProxy.start(Api.BALLCHASING, "ballchasing.com/api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute http(s) URL");
  }
}
