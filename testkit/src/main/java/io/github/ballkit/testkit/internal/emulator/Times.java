package io.github.ballkit.testkit.internal.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Wire formats of times. */
public final class Times {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  /**
   * UTC with {@code Z} and no or exactly six fractional digits, as both APIs write it.
   *
   * @param instant the instant
   * @return such as {@code 2026-01-01T12:00:00Z} or {@code 2026-01-01T12:00:00.250000Z}
   */
  public static String utc(Instant instant) {
    Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
    return micros.getNano() == 0 ? SECONDS.format(micros) : MICROS.format(micros);
  }

  /**
   * An instant as a UTC time for a generated model, cut to microseconds as the services send it.
   *
   * @param instant the instant
   * @return the time at offset {@code Z}
   */
  public static java.time.OffsetDateTime utcTime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
