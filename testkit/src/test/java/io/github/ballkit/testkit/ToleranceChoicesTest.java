package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The few places where the validation is deliberately lenient, and where it is not. */
class ToleranceChoicesTest {
  @RegisterExtension static BallkitMock<String> mock = BallkitMock.of(Api.BALLCHASING);

  @Test
  void a429MayComeWithoutBody() {
    assertThatCode(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/replays"))
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))))
        .doesNotThrowAnyException();

    Http.Answer answer = new Http(mock.baseUrl(), "token").get("/replays");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(mock.takeViolations()).isEmpty();
  }

  @Test
  void otherErrorsMustCarryTheirDocumentedBody() {
    assertThatThrownBy(
            () ->
                mock.stubFor(
                    get(urlPathEqualTo("/api/replays/x")).willReturn(aResponse().withStatus(404))))
        .isInstanceOf(InvalidStubException.class)
        .hasMessageContaining("validation.response.body.missing");
  }

  @Test
  void extraRequestHeadersSuchAsUserAgentAreFine() {
    mock.stubFor(mock.stubs().operation("listMaps").ok());

    new Http(mock.baseUrl(), "token")
        .send(
            new Http(mock.baseUrl(), "token")
                .request("/maps")
                .header("User-Agent", "ballkit-test/1.0")
                .header("X-Request-Id", "abc"));

    assertThat(mock.takeViolations()).isEmpty();
  }
}
