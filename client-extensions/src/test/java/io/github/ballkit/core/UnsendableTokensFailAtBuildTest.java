package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token that cannot go into an HTTP header fails at {@code build()}, with a message that names
 * where the token came from but never shows it.
 */
class UnsendableTokensFailAtBuildTest extends WireMockSupport {
  private static final String SECRET = "k3y-part-7f1c";

  @ParameterizedTest(name = "separator U+{0}")
  @ValueSource(strings = {"000A", "000D", "0009", "0020", "0000", "007F", "00E9", "2028"})
  void aTokenWithACharacterOutsideVisibleAsciiIsRejectedWithoutBeingEchoed(String codePoint) {
    String token = SECRET + (char) Integer.parseInt(codePoint, 16) + SECRET;

    Throwable error =
        catchThrowable(() -> BallchasingClient.builder().token(token).baseUrl(baseUrl()).build());

    assertThat(error)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be sent in an HTTP header")
        .hasMessageContaining("BALLCHASING_API_KEY")
        .hasMessageNotContaining(SECRET);
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"k3y\nx9z", "k3y\r\nInjected: yes"})
  void aTokenFromTheEnvironmentIsCheckedTheSameWay(String token) {
    Throwable error =
        catchThrowable(
            () ->
                BallisticaClient.builder()
                    .environment(Map.of("BALLISTICA_API_KEY", token))
                    .baseUrl(baseUrl())
                    .build());

    assertThat(error)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BALLISTICA_API_KEY")
        .hasMessageNotContaining("k3y")
        .hasMessageNotContaining("Injected");
  }
}
