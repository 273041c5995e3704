package io.github.ballkit.testkit.internal;

/**
 * One lint error in a spec.
 *
 * @param where the operation or spec part, such as {@code getReplay (GET /api/replays/{id})}
 * @param rule the rule broken, such as {@code example-valid}
 * @param message what is wrong
 */
public record LintFinding(String where, String rule, String message) {
  @Override
  public String toString() {
    return where + "  [" + rule + "] " + message;
  }
}
