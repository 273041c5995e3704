package io.github.ballkit.testkit;

import io.github.ballkit.testkit.OperationResult.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * The result of a conformance run: one {@link OperationResult} per operation of the spec, in spec
 * order, and a table to print.
 */
public final class ConformanceReport {
  private final Api api;
  private final String baseUrl;
  private final List<OperationResult> results;

  ConformanceReport(Api api, String baseUrl, List<OperationResult> results) {
    this.api = api;
    this.baseUrl = baseUrl;
    this.results = List.copyOf(results);
  }

  /**
   * The API whose spec was checked.
   *
   * @return the API
   */
  public Api api() {
    return api;
  }

  /**
   * The server that was checked.
   *
   * @return its base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Every operation of the spec with its verdict.
   *
   * @return the results, in spec order
   */
  public List<OperationResult> results() {
    return results;
  }

  /**
   * The result of one operation.
   *
   * @param operationId the operationId
   * @return the result, or empty for an id the spec does not have
   */
  public Optional<OperationResult> result(String operationId) {
    return results.stream().filter(r -> r.operationId().equals(operationId)).findFirst();
  }

  /**
   * Whether everything that ran conforms: no operation violates the spec or was unreachable
   * (skipped writes do not count against it).
   *
   * @return true when the server conforms
   */
  public boolean conforms() {
    return results.stream()
        .noneMatch(r -> r.outcome() == Outcome.VIOLATES || r.outcome() == Outcome.UNREACHABLE);
  }

  /**
   * Fails unless {@link #conforms()}, with the table as the message.
   *
   * @throws AssertionError listing each operation, its verdict and findings
   */
  public void assertConforms() {
    if (!conforms()) {
      throw new AssertionError(table());
    }
  }

  /**
   * A table for a terminal: one line per operation (verdict and the statuses seen), the findings
   * indented below it, and a closing count.
   *
   * @return the text
   */
  public String table() {
    int width = results.stream().mapToInt(r -> r.operationId().length()).max().orElse(10) + 2;
    StringBuilder out =
        new StringBuilder()
            .append(api.name().toLowerCase(java.util.Locale.ROOT))
            .append(" at ")
            .append(baseUrl)
            .append('\n')
            .append(pad("operation", width))
            .append(pad("result", 13))
            .append("statuses\n");
    for (OperationResult r : results) {
      out.append(pad(r.operationId(), width))
          .append(pad(r.outcome().name().toLowerCase(java.util.Locale.ROOT), 13))
          .append(String.join(", ", r.statuses()))
          .append('\n');
      for (String finding : r.findings()) {
        out.append("    ").append(finding.replace("\n", "\n      ")).append('\n');
      }
    }
    out.append(results.size()).append(" operations:");
    for (Outcome outcome : Outcome.values()) {
      long n = results.stream().filter(r -> r.outcome() == outcome).count();
      out.append(' ')
          .append(n)
          .append(' ')
          .append(outcome.name().toLowerCase(java.util.Locale.ROOT));
      out.append(outcome == Outcome.SKIPPED ? "" : ",");
    }
    return out.append('\n').toString();
  }

  private static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    while (out.length() < width) {
      out.append(' ');
    }
    return out.append(out.length() > width ? " " : "").toString();
  }
}
