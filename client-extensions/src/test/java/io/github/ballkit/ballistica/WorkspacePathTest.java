package io.github.ballkit.ballistica;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.WireMockSupport;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspacePathTest extends WireMockSupport {

  @Test
  void eachSegmentIsEncodedOnItsOwnAndSlashesStay() throws Exception {
    server.stubFor(
        get(urlEqualTo("/api/v1/workspaces/ws1/files/my%20mod/caf%C3%A9%23%3F.txt"))
            .willReturn(aResponse().withBody("hi")));

    try (InputStream in = ballistica().build().download("ws1", "my mod/café#?.txt")) {
      assertThat(new String(in.readAllBytes())).isEqualTo("hi");
    }
  }

  @Test
  void deletesAddressTheSamePath() {
    server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

    ballistica().build().delete("ws1", "mymod/sub dir/a.py");

    server.verify(
        deleteRequestedFor(urlEqualTo("/api/v1/workspaces/ws1/files/mymod/sub%20dir/a.py")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../other/secret.txt",
        "a/../../b.txt",
        "./a.txt",
        "a//b.txt",
        "/abs.txt",
        "",
        "a/.."
      })
  void climbingOrEmptySegmentsAreRefusedBeforeAnyRequest(String path) {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withBody("nope")));

    assertThatThrownBy(() -> ballistica().build().download("ws1", path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspace path");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void theGeneratedInterfaceIsGuardedToo() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withBody("nope")));

    assertThatThrownBy(
            () -> ballistica().build().files().downloadWorkspaceFile("ws1", "a/../../accounts/me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'..'");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aLiteralPercentStaysInItsSegment() {
    server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

    ballistica().build().delete("ws1", "mymod/a%2Fb.txt");
    ballistica().build().files().deleteWorkspaceFile("ws1", "mymod/100%25.txt");
    ballistica().build().delete("ws1", "x%20y.txt");

    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/workspaces/ws1/files/mymod/a%252Fb.txt")));
    server.verify(
        deleteRequestedFor(urlEqualTo("/api/v1/workspaces/ws1/files/mymod/100%2525.txt")));
    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/workspaces/ws1/files/x%2520y.txt")));
  }

  @Test
  void aSlashInASingleSegmentParameterStaysInItsSegment() {
    server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

    ballistica().build().workspaces().deleteWorkspace("ws/1");

    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/workspaces/ws%2F1")));
  }

  @Test
  void aSlashInTheWorkspaceIdOfAFileCallIsRefusedBeforeAnyRequest() {
    server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

    assertThatThrownBy(() -> ballistica().build().delete("ws/1", "a.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/'");
    server.verify(0, anyRequestedFor(anyUrl()));
  }
}
