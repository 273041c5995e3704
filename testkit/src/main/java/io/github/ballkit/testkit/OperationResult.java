package io.github.ballkit.testkit;

import java.util.List;

/**
 * What the conformance runner found for one operation of the spec.
 *
 * @param operationId the spec's operationId
 * @param outcome the verdict over all cases run for the operation
 * @param statuses the HTTP statuses the server answered, one entry per case ({@code "404 unknown
 *     id"}), in the order the cases ran
 * @param findings why the operation does not conform, was unreachable or skipped: one line per
 *     finding, naming the case, the rule and the place (empty when it conforms)
 */
public record OperationResult(
    String operationId, Outcome outcome, List<String> statuses, List<String> findings) {

  /** The verdict of an operation, from worst to best. */
  public enum Outcome {
    /** An answer broke the spec, or an error case got a status other than the documented one. */
    VIOLATES,
    /** The server gave no HTTP answer (refused, reset, timed out), or the runner sent nothing. */
    UNREACHABLE,
    /** Every answer fitted the spec and every error case got its documented status. */
    CONFORMS,
    /** Not run: the operation changes data and writes were not allowed. */
    SKIPPED
  }

  /**
   * Copies the lists, so a result never changes.
   *
   * @param operationId the spec's operationId
   * @param outcome the verdict over all cases run for the operation
   * @param statuses the HTTP statuses the server answered, one entry per case
   * @param findings why the operation does not conform, was unreachable or skipped
   */
  public OperationResult {
    statuses = List.copyOf(statuses);
    findings = List.copyOf(findings);
  }
}
