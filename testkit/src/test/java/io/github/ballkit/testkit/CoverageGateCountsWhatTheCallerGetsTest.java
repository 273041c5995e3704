package io.github.ballkit.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.DuplicateReplayException;
import io.github.ballkit.core.ConflictException;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.testkit.internal.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The coverage gate's driver accepts a cell only when the caller gets what the status promises, so
 * a client that mangles a success or mistypes an error cannot count as covered.
 */
class CoverageGateCountsWhatTheCallerGetsTest {
  @RegisterExtension
  static BallkitMock<BallchasingClient> mock =
      BallkitMock.ballchasing(builder -> builder.maxRetries(0));

  private static GeneratedClientDriver driver() {
    return new GeneratedClientDriver(mock.client(), ApiSpec.of(Api.BALLCHASING));
  }

  @Test
  void aSuccessWhoseBodyTheClientCannotReadFailsTheCell() {
    mock.stubFor(
        get(urlPathTemplate("/api/replays/{id}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("<html>{{request.path.id}}</html>")
                    .withTransformers("response-template")));

    assertThatThrownBy(() -> driver().call("getReplay", 200))
        .isInstanceOf(MalformedResponseException.class);
    assertThat(mock.takeViolations()).isNotEmpty();
  }

  @Test
  void aSuccessWithABodyThatGivesTheCallerNullFailsTheCell() {
    mock.stubFor(
        get(urlPathTemplate("/api/replays/{id}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{{#if request.path.id}}null{{/if}}") // templated: not checked
                    .withTransformers("response-template")));

    assertThatThrownBy(() -> driver().call("getReplay", 200))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("returned null");
    assertThat(mock.takeViolations()).as("the mock saw the body break the spec").isNotEmpty();
  }

  @Test
  void onlyTheReplayUploadsConflictIsADuplicateReplay() {
    assertThat(ExpectedError.of(Api.BALLCHASING, "uploadReplay", 409))
        .isEqualTo(DuplicateReplayException.class);
    assertThat(ExpectedError.of(Api.BALLCHASING, "createGroup", 409))
        .isEqualTo(ConflictException.class);
  }

  @Test
  void anErrorStatusMustArriveAsItsOwnTypedException() {
    mock.stubFor(mock.stubs().operation("getReplay").status(404));

    assertThatCode(() -> driver().call("getReplay", 404)).doesNotThrowAnyException();
    assertThatThrownBy(() -> driver().call("getReplay", 401))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("should throw UnauthorizedException")
        .hasMessageContaining("NotFoundException");
  }

  @Test
  void anErrorStatusThatReturnsNormallyFailsTheCell() {
    mock.stubFor(mock.stubs().operation("getReplay").ok());

    assertThatThrownBy(() -> driver().call("getReplay", 404))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("returned normally");
  }

  @Test
  void aDownloadErrorIsCheckedWhereUsersGetIt() {
    mock.stubFor(mock.stubs().operation("downloadReplay").status(404));

    assertThatCode(() -> driver().call("downloadReplay", 404)).doesNotThrowAnyException();
    assertThatThrownBy(() -> driver().call("downloadReplay", 500))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("should throw ServerException");
  }
}
