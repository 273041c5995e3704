package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.testkit.Api;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.Conformance;
import io.github.ballkit.testkit.ConformanceOptions;
import io.github.ballkit.testkit.ValidatingProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The validating proxy and conformance runner snippets of testkit/README.md, compiled and run. */
class ConformanceSnippetsTest {
  // tag::testkit-proxy[]
  static BallchasingEmulator server = BallchasingEmulator.builder().seed(3).start(); // any server

  @RegisterExtension
  static ValidatingProxy proxy = ValidatingProxy.start(Api.BALLCHASING, server.baseUrl());

  @Test
  void myCodeAgainstAnyServer() {
    BallchasingClient client =
        BallchasingClient.builder().token("t").baseUrl(proxy.baseUrl()).build();

    assertThat(client.misc().listMaps()).containsKey("stadium_p");
  } // a response breaking the spec fails the test with SpecViolationError

  // end::testkit-proxy[]

  @AfterAll
  static void stopTheServer() {
    server.close();
  }

  // tag::testkit-conformance[]
  @Test
  void myMockConforms() {
    try (BallchasingEmulator myMock = BallchasingEmulator.builder().tier("gc").start()) {
      Conformance.check(Api.BALLCHASING, myMock.baseUrl(), ConformanceOptions.defaults())
          .assertConforms(); // fails with the table below
    }
  }
  // end::testkit-conformance[]
}
