package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadyMadeStubsFitTheSpecTest {
  @RegisterExtension static BallkitMock<String> ballchasing = BallkitMock.of(Api.BALLCHASING);
  @RegisterExtension static BallkitMock<String> ballistica = BallkitMock.of(Api.BALLISTICA);

  static Stream<Arguments> everyOperationAndStatus() {
    List<Arguments> all = new ArrayList<>();
    for (Api api : Api.values()) {
      Stubs stubs = Stubs.of(api);
      for (String id : stubs.operationIds()) {
        for (int status : stubs.operation(id).documentedStatuses()) {
          all.add(Arguments.of(api, id, status));
        }
      }
    }
    return all.stream();
  }

  private static BallkitMock<String> mock(Api api) {
    return api == Api.BALLCHASING ? ballchasing : ballistica;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyOperationAndStatus")
  void theExampleStubOfEveryDocumentedStatusRegisters(Api api, String operationId, int status) {
    BallkitMock<String> mock = mock(api);
    assertThatCode(() -> mock.stubFor(mock.stubs().operation(operationId).status(status)))
        .doesNotThrowAnyException();
  }

  @Test
  void theHappyPathServesTheSpecExample() throws Exception {
    ballistica.stubFor(ballistica.stubs().operation("getAccount").ok());

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ballistica.baseUrl() + "/api/v1/accounts/me"))
                    .header("Authorization", "Bearer t")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"tag\":\"Kronk\"");
  }

  @Test
  void aSpecificIdCanBeStubbedThroughThePathParameter() throws Exception {
    ballchasing.stubFor(
        ballchasing
            .stubs()
            .operation("getReplay")
            .status(404)
            .withPathParam(
                "id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("missing")));

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ballchasing.baseUrl() + "/replays/missing"))
                    .header("Authorization", "token")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void anUndocumentedStatusIsRefusedWhenTheStubIsBuilt() {
    assertThatThrownBy(() -> Stubs.ballistica().operation("getAccount").status(409))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("409")
        .hasMessageContaining("getAccount");
  }

  @Test
  void anUnknownOperationIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> Stubs.ballchasing().operation("getReplays"))
        .hasMessageContaining("getReplay");
  }
}
