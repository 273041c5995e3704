package io.github.ballkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logged during a test with every logger at TRACE. Register it with
 * {@code @RegisterExtension}.
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level previous;

  @Override
  public void beforeEach(ExtensionContext context) {
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    appender.list.clear();
    appender.start();
    root.addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(appender);
    appender.stop();
    root.setLevel(previous);
  }

  /** Every message, argument-formatted, with the messages of attached exceptions and causes. */
  public String everything() {
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent event : appender.list) {
      all.append(event.getFormattedMessage()).append('\n');
      for (IThrowableProxy error = event.getThrowableProxy();
          error != null;
          error = error.getCause()) {
        all.append(error.getMessage()).append('\n');
      }
    }
    return all.toString();
  }
}
