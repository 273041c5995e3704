package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Building a client (or a copy) reuses the parsed spec instead of reading 100 KB of YAML again. */
class SpecIsParsedOnceTest {
  private static final String BALLCHASING = "io/github/ballkit/spec/ballchasing.yaml";

  @Test
  void loadingASpecTwiceGivesTheSameMetadata() {
    assertThat(SpecMetadata.load(BALLCHASING)).isSameAs(SpecMetadata.load(BALLCHASING));
  }

  @Test
  void eachSpecHasItsOwnMetadata() {
    assertThat(SpecMetadata.load("io/github/ballkit/spec/ballistica.yaml"))
        .isNotSameAs(SpecMetadata.load(BALLCHASING));
  }
}
