package io.github.ballkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenLeaks} finds a token wherever an exception holds it, so its passes mean something.
 */
class TokenLeaksFindsWhatAnExceptionHoldsTest {
  private static final String TOKEN = WireMockSupport.TOKEN;

  private static Request requestWithToken() {
    return Request.create(
        Request.HttpMethod.GET,
        "http://127.0.0.1/replays/r-1/file",
        Map.of("Authorization", List.of(TOKEN)),
        null,
        StandardCharsets.UTF_8,
        null);
  }

  @Test
  void aFeignExceptionsRequestHeadersAreSearched() {
    FeignException error =
        new RetryableException(-1, "cut short", Request.HttpMethod.GET, requestWithToken());

    assertThatThrownBy(() -> TokenLeaks.assertNone(error, TOKEN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("request");
  }

  @Test
  void aCauseDeepDownIsSearched() {
    RuntimeException error =
        new RuntimeException("outer", new IllegalStateException("inner " + TOKEN));

    assertThatThrownBy(() -> TokenLeaks.assertNone(error, TOKEN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("getCause()");
  }

  @Test
  void aSuppressedExceptionIsSearched() {
    RuntimeException error = new RuntimeException("outer");
    error.addSuppressed(new IOException("suppressed " + TOKEN));

    assertThatThrownBy(() -> TokenLeaks.assertNone(error, TOKEN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("suppressed");
  }
}
