package io.github.ballkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Semantic versioning decides when a breaking change may ship. */
class VersionPolicyTest {

  @Test
  void belowOneAMinorBumpIsABreakingRelease() {
    assertThat(VersionPolicy.allowsBreaking("0.1.0", "0.1.0-SNAPSHOT")).isFalse();
    assertThat(VersionPolicy.allowsBreaking("0.1.0", "0.1.5")).isFalse();
    assertThat(VersionPolicy.allowsBreaking("0.1.0", "0.2.0-SNAPSHOT")).isTrue();
    assertThat(VersionPolicy.allowsBreaking("0.1.0", "1.0.0")).isTrue();
  }

  @Test
  void fromOneOnOnlyAMajorBumpIs() {
    assertThat(VersionPolicy.allowsBreaking("1.2.0", "1.3.0-SNAPSHOT")).isFalse();
    assertThat(VersionPolicy.allowsBreaking("1.2.0", "2.0.0-SNAPSHOT")).isTrue();
  }

  @Test
  void aVersionThatIsNoSemanticVersionIsRefused() {
    assertThatThrownBy(() -> VersionPolicy.allowsBreaking("0.1.0", "next"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
