package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one place the gateway statuses are written down, shared by the runtime and the upload. */
class OnlyGatewayErrorsAreRetryableTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {502, 503, 504})
  void gatewayErrorsAre(int status) {
    assertThat(RetryableStatus.isGateway(status)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {200, 400, 408, 429, 500, 501, 505})
  void otherStatusesAreNot(int status) {
    assertThat(RetryableStatus.isGateway(status)).isFalse();
  }
}
