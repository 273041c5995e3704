package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A base URL that could never be called fails at {@code build()}, not at the first call. */
class InvalidBaseUrlsFailAtBuildTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "localhost:8080",
        "ballchasing.com/api",
        "/api",
        "ftp://ballchasing.com",
        "http://",
        "http://exa mple.com",
        "https://ballchasing.com/api?key=1",
        "https://ballchasing.com/api#top"
      })
  void aBaseUrlThatIsNotAnAbsoluteHttpUrlIsRejected(String baseUrl) {
    Throwable error =
        catchThrowable(() -> BallchasingClient.builder().token("t").baseUrl(baseUrl).build());

    assertThat(error)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base URL")
        .hasMessageContaining(baseUrl)
        .hasMessageContaining("BALLCHASING_BASE_URL");
  }

  @Test
  void aBaseUrlFromTheEnvironmentIsCheckedTheSameWay() {
    Throwable error =
        catchThrowable(
            () ->
                BallisticaClient.builder()
                    .environment(
                        Map.of(
                            "BALLISTICA_API_KEY", "k", "BALLISTICA_BASE_URL", "www.ballistica.net"))
                    .build());

    assertThat(error)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BALLISTICA_BASE_URL");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://127.0.0.1:8080", "https://ballchasing.com/api/", "HTTPS://x.org"})
  void anAbsoluteHttpUrlIsAccepted(String baseUrl) {
    assertThat(BallchasingClient.builder().token("t").baseUrl(baseUrl).build().baseUrl())
        .startsWith(baseUrl.replaceAll("/$", ""));
  }
}
