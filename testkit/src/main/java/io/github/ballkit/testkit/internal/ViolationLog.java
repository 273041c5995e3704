package io.github.ballkit.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Violations collected from served traffic, plus a count of checked exchanges so a test can wait
 * until WireMock's (asynchronous) after-complete callbacks have caught up.
 */
public final class ViolationLog {
  private final List<Violation> violations = new ArrayList<>();
  private final Consumer<Violation> onViolation;
  private long checked;

  /**
   * Creates a log.
   *
   * @param onViolation called for each violation as it is found (e.g. to print it)
   */
  public ViolationLog(Consumer<Violation> onViolation) {
    this.onViolation = onViolation;
  }

  synchronized void record(List<Violation> found) {
    violations.addAll(found);
    checked++;
    notifyAll();
    found.forEach(onViolation);
  }

  /**
   * Waits until at least {@code count} exchanges were checked, or the timeout passes.
   *
   * @param count how many exchanges WireMock's journal holds
   * @param timeoutMillis how long to wait at most
   */
  public synchronized void awaitChecked(long count, long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (checked < count) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return;
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * A copy of what was found so far.
   *
   * @return the violations
   */
  public synchronized List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Forgets everything (between tests). */
  public synchronized void clear() {
    violations.clear();
    checked = 0;
  }
}
