package io.github.ballkit.core.internal;

import feign.Request;
import feign.Response;
import feign.slf4j.Slf4jLogger;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's SLF4J logger (DEBUG level, so silent unless enabled) that never writes credentials:
 * {@code Authorization}, {@code Cookie} and {@code Set-Cookie} headers are left out, and the token
 * is masked in every line, so a server that echoes it in a header (or a URL that carries it) does
 * not put it into the log.
 *
 * <p>It logs a response's status line and headers and never touches its body. Feign's own {@link
 * feign.Logger#logAndRebufferResponse} reads the whole body into a {@code byte[]} at level {@code
 * HEADERS} and above, and feign-slf4j calls it whatever the SLF4J level, so a download would be
 * held in memory in full before the caller saw its first byte.
 */
final class RedactingLogger extends Slf4jLogger {
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie");

  private final Logger logger;
  private final Redactor redactor;

  RedactingLogger(Redactor redactor) {
    this(LoggerFactory.getLogger("io.github.ballkit.http"), redactor);
  }

  private RedactingLogger(Logger logger, Redactor redactor) {
    super(logger);
    this.logger = logger;
    this.redactor = redactor;
  }

  /**
   * Tells whether anything is logged.
   *
   * @return true when the {@code io.github.ballkit.http} logger is at DEBUG
   */
  boolean isDebugEnabled() {
    return logger.isDebugEnabled();
  }

  /**
   * Logs a request sent without Feign's proxy as Feign logs its own: line, headers, redacted.
   *
   * @param configKey the operation
   * @param request the request
   */
  void request(String configKey, Request request) {
    logRequest(configKey, Level.HEADERS, request);
  }

  /**
   * Logs a response of a request sent without Feign's proxy, as Feign logs its own.
   *
   * @param configKey the operation
   * @param response the response
   * @param elapsedMillis the time since the request was sent
   * @return the response, body unread
   */
  Response response(String configKey, Response response, long elapsedMillis) {
    return logAndRebufferResponse(configKey, Level.HEADERS, response, elapsedMillis);
  }

  /** Every line Feign logs passes here: it is formatted, then masked, then written. */
  @Override
  protected void log(String configKey, String format, Object... args) {
    if (logger.isDebugEnabled()) {
      super.log(configKey, "%s", redactor.text(String.format(format, args)));
    }
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  /** Logs the status line and the headers, and returns the response as it came, body unread. */
  @Override
  protected Response logAndRebufferResponse(
      String configKey, Level logLevel, Response response, long elapsedTime) {
    if (logLevel == Level.NONE || !logger.isDebugEnabled()) {
      return response;
    }
    String reason = response.reason() == null ? "" : " " + response.reason();
    log(
        configKey,
        "<--- %s %s%s (%sms)",
        resolveProtocolVersion(response.protocolVersion()),
        response.status(),
        reason,
        elapsedTime);
    if (logLevel.ordinal() >= Level.HEADERS.ordinal()) {
      response
          .headers()
          .forEach(
              (name, values) -> {
                if (shouldLogResponseHeader(name)) {
                  values.forEach(value -> log(configKey, "%s: %s", name, value));
                }
              });
    }
    log(configKey, "<--- END HTTP (body not logged)");
    return response;
  }
}
