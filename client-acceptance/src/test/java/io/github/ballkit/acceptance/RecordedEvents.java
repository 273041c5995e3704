package io.github.ballkit.acceptance;

import io.github.ballkit.core.CallInfo;
import io.github.ballkit.core.EventListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An event listener that writes each event down as one line, e.g. {@code callEnd getGroup 200}. */
final class RecordedEvents implements EventListener {
  final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  public void callStart(CallInfo call) {
    lines.add("callStart " + call.operation());
  }

  @Override
  public void callEnd(CallInfo call, int status, Duration elapsed) {
    lines.add("callEnd " + call.operation() + " " + status);
  }

  @Override
  public void callFailed(CallInfo call, Throwable failure, Duration elapsed) {
    lines.add("callFailed " + call.operation() + " " + failure.getClass().getSimpleName());
  }

  @Override
  public void limiterWait(CallInfo call, Duration wait) {
    lines.add("limiterWait " + call.operation() + " " + call.rateLimitClass() + " " + wait);
  }

  @Override
  public void rateLimited(CallInfo call, Duration retryAfter) {
    lines.add("rateLimited " + call.operation() + " " + retryAfter);
  }

  @Override
  public void retry(CallInfo call, int attempt, String reason, Duration wait) {
    lines.add("retry " + call.operation() + " " + attempt + " " + reason);
  }

  @Override
  public void bytesSent(CallInfo call, long bytes) {
    lines.add("bytesSent " + call.operation() + " " + bytes);
  }

  @Override
  public void bytesReceived(CallInfo call, long bytes) {
    lines.add("bytesReceived " + call.operation() + " " + bytes);
  }

  /** The lines that start with a prefix, e.g. {@code callStart}. */
  List<String> starting(String prefix) {
    return lines.stream().filter(line -> line.startsWith(prefix + " ")).toList();
  }

  long count(String prefix) {
    return starting(prefix).size();
  }
}
