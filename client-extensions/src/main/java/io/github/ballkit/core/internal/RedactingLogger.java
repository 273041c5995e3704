package io.github.ballkit.core.internal;

import feign.slf4j.Slf4jLogger;
import java.util.Locale;
import java.util.Set;

/**
 * Feign's SLF4J logger (DEBUG level, so silent unless enabled) that never writes credentials:
 * {@code Authorization}, {@code Cookie} and {@code Set-Cookie} headers are left out.
 */
final class RedactingLogger extends Slf4jLogger {
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie");

  RedactingLogger() {
    super("io.github.ballkit.http");
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }
}
