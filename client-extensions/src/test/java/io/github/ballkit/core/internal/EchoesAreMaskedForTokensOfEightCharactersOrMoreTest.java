package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's stated limit of masking echoed tokens, pinned where it is decided. */
class EchoesAreMaskedForTokensOfEightCharactersOrMoreTest {

  @Test
  void aTokenOfEightCharactersIsMasked() {
    assertThat(new Redactor("abcd1234").text("bad key 'abcd1234'"))
        .isEqualTo("bad key '[redacted]'");
  }

  @Test
  void aShorterTokenIsLeftAloneSoMessagesStayReadable() {
    assertThat(new Redactor("t").text("timed out")).isEqualTo("timed out");
    assertThat(new Redactor("abc1234").text("bad key 'abc1234'")).isEqualTo("bad key 'abc1234'");
  }
}
