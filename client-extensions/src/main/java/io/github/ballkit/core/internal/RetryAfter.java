package io.github.ballkit.core.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110 §10.2.3), in any of
 * the three date formats recipients must accept (§5.6.7): IMF-fixdate, RFC 850 and asctime.
 *
 * <p>A value that is none of these is treated as absent, so the caller falls back to its backoff; a
 * wait longer than {@link #MAX} is cut to it, so no server can make the client compute an instant
 * beyond the end of time.
 */
final class RetryAfter {
  /** The longest wait a {@code Retry-After} can ask for. */
  static final Duration MAX = Duration.ofDays(1);

  /** {@code Sunday, 06-Nov-94 08:49:37 GMT}; the two-digit year is resolved in {@link #parse}. */
  private static final String RFC_850 = "EEEE, dd-MMM-";

  /** {@code Sun Nov 6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private RetryAfter() {}

  static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(seconds(trimmed));
    }
    Instant now = clock.instant();
    return date(trimmed, now).map(date -> clamp(Duration.between(now, date)));
  }

  private static Duration seconds(String digits) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 18) {
      return MAX;
    }
    return clamp(Duration.ofSeconds(Long.parseLong(significant)));
  }

  private static Optional<Instant> date(String value, Instant now) {
    for (DateTimeFormatter format : formats(now)) {
      try {
        return Optional.of(ZonedDateTime.parse(value, format).toInstant());
      } catch (DateTimeException notThisFormat) {
        // try the next one
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter[] formats(Instant now) {
    // RFC 9110: a two-digit year more than 50 years in the future is the most recent past year
    // with those digits, so the century is chosen to put the year within 49 years back and 50 on.
    LocalDate base = LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(49);
    DateTimeFormatter rfc850 =
        new DateTimeFormatterBuilder()
            .appendPattern(RFC_850)
            .appendValueReduced(ChronoField.YEAR, 2, 2, base)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.US)
            .withZone(ZoneOffset.UTC);
    return new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, rfc850, ASCTIME};
  }

  private static Duration clamp(Duration wait) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
