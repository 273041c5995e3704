package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

class ServedTrafficBreakingSpecFailsTheTest {
  @RegisterExtension static BallkitMock<String> mock = BallkitMock.of(Api.BALLISTICA);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestBodyBreakingTheSchemaIsReported() throws Exception {
    mock.stubFor(mock.stubs().operation("createWorkspace").ok());

    send(
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/workspaces"))
            .header("Authorization", "Bearer t")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"colour\":1}")));

    assertThat(String.join("\n", mock.takeViolations()))
        .contains("POST /api/v1/workspaces -> 201 (createWorkspace)")
        .contains("validation.request.body.schema.minLength")
        .contains("validation.request.body.schema.additionalProperties")
        .contains("colour");
  }

  @Test
  void aMissingBearerTokenIsReported() throws Exception {
    mock.stubFor(mock.stubs().operation("listWorkspaces").ok());

    send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/workspaces")));

    assertThat(mock.takeViolations()).anyMatch(v -> v.contains("validation.request.security"));
  }

  @Test
  void aTemplatedResponseBreakingTheSchemaIsReportedWithTheOffendingPart() throws Exception {
    mock.stubFor(
        get(urlPathTemplate("/api/v1/workspaces/{workspace_id}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"{{request.path.workspace_id}}\",\"name\":7}")
                    .withTransformers("response-template")));

    send(
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/workspaces/ws-9"))
            .header("Authorization", "Bearer t"));

    assertThat(String.join("\n", mock.takeViolations()))
        .contains("GET /api/v1/workspaces/ws-9 -> 200 (getWorkspace)")
        .contains("validation.response.body.schema.required")
        .contains("validation.response.body.schema.type")
        .contains("/name = 7");
  }

  @Test
  void aRequestNoStubMatchedIsReported() throws Exception {
    send(
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/accounts/me"))
            .header("Authorization", "Bearer t"));

    assertThat(mock.takeViolations())
        .singleElement()
        .asString()
        .contains("ballkit.request.unmatched")
        .contains("getAccount");
  }

  @Test
  void aTestWhoseTrafficBreaksTheSpecFailsAfterItRan() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SendsAnInvalidBody.class))
        .configurationParameter("junit.jupiter.conditions.deactivate", "*")
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(SpecViolationError.class),
                message(m -> m.contains("createWorkspace") && m.contains("minLength"))));
  }

  @Test
  void stubsDoNotOutliveTheirTest() {
    var events =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(StubsOneTestUsesItInTheNext.class))
            .configurationParameter("junit.jupiter.conditions.deactivate", "*")
            .execute()
            .testEvents();

    events.assertStatistics(stats -> stats.succeeded(1).failed(1));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(SpecViolationError.class),
                message(m -> m.contains("ballkit.request.unmatched"))));
  }

  /** Run by the test above through the JUnit test kit, not on its own. */
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(
      named = "ballkit.never",
      matches = "never")
  @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
  static class StubsOneTestUsesItInTheNext {
    @RegisterExtension static BallkitMock<String> shared = BallkitMock.of(Api.BALLISTICA);

    @Test
    @org.junit.jupiter.api.Order(1)
    void registersAStub() {
      shared.stubFor(shared.stubs().operation("getAccount").ok());
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void callsIt() throws Exception {
      send(
          HttpRequest.newBuilder(URI.create(shared.baseUrl() + "/api/v1/accounts/me"))
              .header("Authorization", "Bearer t"));
    }
  }

  /** Run by the test above through the JUnit test kit, not on its own. */
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(
      named = "ballkit.never",
      matches = "never")
  static class SendsAnInvalidBody {
    @RegisterExtension BallkitMock<String> inner = BallkitMock.of(Api.BALLISTICA);

    @Test
    void sendsAnEmptyWorkspaceName() throws Exception {
      inner.stubFor(inner.stubs().operation("createWorkspace").ok());
      send(
          HttpRequest.newBuilder(URI.create(inner.baseUrl() + "/api/v1/workspaces"))
              .header("Authorization", "Bearer t")
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\"}")));
    }
  }
}
