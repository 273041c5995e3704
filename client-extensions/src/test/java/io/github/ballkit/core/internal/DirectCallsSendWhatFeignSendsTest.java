package io.github.ballkit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.MiscApi;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.api.FilesApi;
import io.github.ballkit.ballistica.api.WorkspacesApi;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ClientRuntime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The operations sent without Feign's proxy (path parameters only, a model or nothing back) send
 * the very request the proxy sends, get the same value and fail with the same typed error, and
 * using only them never assembles Feign.
 */
class DirectCallsSendWhatFeignSendsTest extends WireMockSupport {
  private static final List<String> COMPARED =
      List.of("Accept", "Authorization", "User-Agent", "Content-Type", "Cookie");

  /** Method, URL as sent (encoded), and the headers either side could set, by lower-case name. */
  private static Map<String, Object> sent(LoggedRequest request) {
    Map<String, Object> seen = new TreeMap<>();
    seen.put("method", request.getMethod().value());
    seen.put("url", request.getUrl());
    for (String name : COMPARED) {
      if (request.containsHeader(name)) {
        seen.put(name.toLowerCase(java.util.Locale.ROOT), request.getHeader(name));
      }
    }
    seen.put("body", request.getBodyAsString());
    return seen;
  }

  private List<LoggedRequest> requests() {
    return server.findAll(
        com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
  }

  @Test
  void aPingIsTheSameRequestAndValueAndFeignIsNeverAssembled() {
    server.stubFor(
        get("/")
            .willReturn(
                okJson(
                    "{\"chaser\":true,\"name\":\"n\",\"steam_id\":\"1\",\"type\":\"regular\"}")));
    BallchasingClient client = ballchasing().noRateLimits().build();
    ClientCore core = ClientRuntime.of(client);

    Ping direct = client.misc().ping();
    assertThat(core.feignAssembled()).isFalse();
    Ping viaFeign = core.viaFeign(MiscApi.class).ping();

    assertThat(core.feignAssembled()).isTrue();
    assertThat(direct).isEqualTo(viaFeign);
    List<LoggedRequest> requests = requests();
    assertThat(requests).hasSize(2);
    assertThat(sent(requests.get(0))).isEqualTo(sent(requests.get(1))).containsKey("authorization");
  }

  @Test
  void aFilePathKeepsItsSeparatorsAndEncodesTheRestAlike() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    BallisticaClient client = ballistica().build();
    String path = "mods/my plugin+100%.py";

    client.files().deleteWorkspaceFile("ws 1", path);
    ClientRuntime.of(client).viaFeign(FilesApi.class).deleteWorkspaceFile("ws 1", path);

    List<LoggedRequest> requests = requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).getUrl())
        .isEqualTo("/api/v1/workspaces/ws%201/files/mods/my%20plugin%2B100%25.py");
    assertThat(sent(requests.get(0))).isEqualTo(sent(requests.get(1)));
  }

  @Test
  void aParameterThatIsOneSegmentStaysOne() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    BallisticaClient client = ballistica().build();

    client.workspaces().deleteWorkspace("a/b");
    ClientRuntime.of(client).viaFeign(WorkspacesApi.class).deleteWorkspace("a/b");

    List<LoggedRequest> requests = requests();
    assertThat(requests.get(0).getUrl()).isEqualTo("/api/v1/workspaces/a%2Fb");
    assertThat(sent(requests.get(0))).isEqualTo(sent(requests.get(1)));
  }

  @Test
  void anErrorIsTheSameTypedError() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"not_found\",\"message\":\"no such workspace\"}")));
    BallisticaClient client = ballistica().build();

    Throwable direct = catchThrowable(() -> client.workspaces().getWorkspace("w"));
    Throwable viaFeign =
        catchThrowable(
            () -> ClientRuntime.of(client).viaFeign(WorkspacesApi.class).getWorkspace("w"));

    assertThat(direct).isInstanceOf(ApiException.class).hasSameClassAs(viaFeign);
    assertThat(direct.getMessage()).isEqualTo(viaFeign.getMessage());
    assertThat(((ApiException) direct).status()).isEqualTo(404);
    assertThat(((ApiException) direct).operation()).isEqualTo("getWorkspace");
  }

  @Test
  void anEmptyOrDotSegmentIsRefusedBeforeAnythingIsSent() {
    BallisticaClient client = ballistica().build();

    Throwable empty = catchThrowable(() -> client.workspaces().getWorkspace(""));
    Throwable dots = catchThrowable(() -> client.files().deleteWorkspaceFile("w", "mods/../x"));
    Throwable emptyViaFeign =
        catchThrowable(
            () -> ClientRuntime.of(client).viaFeign(WorkspacesApi.class).getWorkspace(""));

    assertThat(empty)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(emptyViaFeign.getMessage());
    assertThat(dots).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
    assertThat(requests()).isEmpty();
  }
}
