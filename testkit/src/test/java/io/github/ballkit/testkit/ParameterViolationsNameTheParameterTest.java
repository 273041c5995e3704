package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A parameter violation says which parameter and what was sent, not a body pointer. */
class ParameterViolationsNameTheParameterTest {
  @RegisterExtension static BallkitMock<String> mock = BallkitMock.of(Api.BALLCHASING);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static void get(String pathAndQuery) throws Exception {
    HTTP.send(
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + pathAndQuery))
            .header("Authorization", "t")
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void aQueryParameterOfTheWrongTypeIsNamedWithItsValue() throws Exception {
    mock.stubFor(mock.stubs().operation("listReplays").ok());

    get("/replays?count=abc");

    String report = String.join("\n", mock.takeViolations());
    assertThat(report)
        .contains("GET /api/replays?count=abc -> 200 (listReplays)")
        .contains("at:      query parameter count = \"abc\"")
        .doesNotContain("at:      /");
  }
}
