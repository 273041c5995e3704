package io.github.ballkit.testkit;

/**
 * Fails a test whose served traffic broke the spec: a request the client sent or a response a mock
 * served did not fit the operation, or a request matched no stub. The message lists each exchange
 * with the rule broken and the offending part of the body.
 */
public class SpecViolationError extends AssertionError {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message the readable report
   */
  public SpecViolationError(String message) {
    super(message);
  }
}
