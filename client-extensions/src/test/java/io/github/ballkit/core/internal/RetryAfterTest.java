package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  /** A Thursday. */
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "120                              | PT2M",
        "0                                | PT0S",
        "007                              | PT7S",
        "Thu, 01 Jan 2026 00:01:00 GMT    | PT1M",
        "Thursday, 01-Jan-26 00:00:30 GMT | PT30S",
        "Thu Jan  1 00:00:45 2026         | PT45S",
        "Sat Jan 10 00:00:00 2026         | PT24H",
        "Wed, 31 Dec 2025 23:00:00 GMT    | PT0S",
      })
  void readsDelaySecondsAndAllThreeHttpDateFormats(String header, Duration wait) {
    assertThat(RetryAfter.parse(header, NOW)).contains(wait);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "99999999999999999",
        "9223372036854775807",
        "99999999999999999999999999",
        "Fri, 31 Dec 9999 23:59:59 GMT"
      })
  void aHugeWaitIsCutToTheMaximum(String header) {
    assertThat(RetryAfter.parse(header, NOW)).contains(RetryAfter.MAX);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 2-digit years more than 50 years ahead are in the past (RFC 9110 §5.6.7)
    "'Sunday, 06-Nov-94 08:49:37 GMT', PT0S",
    "'Saturday, 01-Jan-77 00:00:00 GMT', PT0S",
    "'Wednesday, 01-Jan-76 00:00:00 GMT', PT24H"
  })
  void anRfc850YearIsPlacedWithinFiftyYearsOfNow(String header, Duration wait) {
    assertThat(RetryAfter.parse(header, NOW)).contains(wait);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "soon",
        "-5",
        "1.5",
        "+3",
        "Thu, 32 Jan 2026 00:00:00 GMT",
        "Mon, 01 Jan 2026 00:00:00 GMT",
        "2026-01-01T00:01:00Z",
        " "
      })
  void garbageIsTreatedAsAbsent(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isEmpty();
  }
}
