package io.github.ballkit.testkit.internal;

/**
 * One broken rule of the spec, ready to print.
 *
 * @param exchange what was checked, such as {@code GET /api/replays/x -> 200 (getReplay)} or {@code
 *     stub GET /api/replays/x}
 * @param rule the validator's rule key, such as {@code validation.response.body.schema.required}
 * @param message what is wrong
 * @param offending the offending part of the body (a JSON pointer and the value there), or empty
 */
public record Violation(String exchange, String rule, String message, String offending) {

  /**
   * A multi-line, human-readable rendering.
   *
   * @return the text
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(exchange).append('\n');
    out.append("    rule:    ").append(rule).append('\n');
    out.append("    problem: ").append(message.replace("\n", "\n             "));
    if (!offending.isEmpty()) {
      out.append('\n').append("    at:      ").append(offending);
    }
    return out.toString();
  }
}
