package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubBreakingSpecFailsAtRegistrationTest {
  @RegisterExtension static BallkitMock<String> mock = BallkitMock.of(Api.BALLISTICA);

  private static final String WORKSPACE =
      "{\"id\":\"ws-1\",\"name\":\"Mods\",\"size\":1,"
          + "\"create_time\":\"2026-01-01T00:00:00Z\",\"modified_time\":\"2026-01-01T00:00:00Z\"";

  @Test
  void aBodyMissingARequiredPropertyIsRejectedWithTheOperationRuleAndPlace() {
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/v1/workspaces/ws-1"))
                        .willReturn(okJson("{\"id\":\"ws-1\",\"name\":\"Mods\"}"))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("getWorkspace")
        .hasMessageContaining("validation.response.body.schema.required")
        .hasMessageContaining("size");
  }

  @Test
  void anInventedPropertyIsRejected() {
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/v1/workspaces/ws-1"))
                        .willReturn(okJson(WORKSPACE + ",\"colour\":\"red\"}"))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("additionalProperties")
        .hasMessageContaining("at / = {")
        .hasMessageContaining("\"colour\":\"red\"");
  }

  @Test
  void aWrongTypeDeepInTheBodyNamesTheOffendingPart() {
    String listing = "{\"entries\":[{\"path\":\"a.txt\",\"type\":\"file\",\"size\":\"big\"}]}";
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/v1/workspaces/ws-1/files"))
                        .willReturn(okJson(listing))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("listWorkspaceFiles")
        .hasMessageContaining("/entries/0/size")
        .hasMessageContaining("\"big\"");
  }

  @Test
  void anUndocumentedStatusIsRejected() {
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/v1/workspaces/ws-1"))
                        .willReturn(aResponse().withStatus(409))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("status 409 is not documented for getWorkspace");
  }

  @Test
  void aPathOutsideTheSpecIsRejected() {
    assertThatThrownBy(
            () -> mock.stubFor(get(urlPathEqualTo("/api/v1/teams")).willReturn(okJson("{}"))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("matches no path of the spec");
  }

  @Test
  void aMethodTheSpecDoesNotHaveAtThatPathIsRejected() {
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    com.github.tomakehurst.wiremock.client.WireMock.put(
                            urlPathEqualTo("/api/v1/workspaces/ws-1"))
                        .willReturn(aResponse().withStatus(204))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("method PUT is not an operation");
  }

  @Test
  void aCatchAllStubIsRejected() {
    assertThatThrownBy(() -> mock.stubFor(any(anyUrl()).willReturn(okJson("{}"))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("matches any URL");
  }

  @Test
  void aBodyWithoutContentTypeIsRejected() {
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/v1/workspaces/ws-1"))
                        .willReturn(aResponse().withStatus(200).withBody(WORKSPACE + "}"))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("no Content-Type");
  }

  @Test
  void aLiteralPathWinsOverATemplatedOne() {
    assertThatCode(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/v1/workspaces/active")).willReturn(okJson("null"))))
        .doesNotThrowAnyException();
  }

  @Test
  void aValidStubWithARegexUrlIsAccepted() {
    assertThatCode(
            () ->
                mock.stubFor(
                    get(urlPathMatching("/api/v1/workspaces/[a-z0-9-]+"))
                        .willReturn(okJson(WORKSPACE + "}"))))
        .doesNotThrowAnyException();
  }
}
