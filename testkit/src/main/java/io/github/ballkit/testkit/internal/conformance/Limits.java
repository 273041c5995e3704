package io.github.ballkit.testkit.internal.conformance;

import io.github.ballkit.testkit.internal.ApiSpec;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;

/**
 * The {@code minimum} and {@code maximum} of an integer parameter, read from the spec, for a valid
 * small value and an invalid one.
 *
 * @param minimum the schema's minimum (1 when the spec states none)
 * @param maximum the schema's maximum, or {@link Integer#MAX_VALUE}
 */
record Limits(int minimum, int maximum) {

  static Limits of(ApiSpec spec, String operationId, String parameter) {
    Parameter p =
        spec.operation(operationId).parameters().stream()
            .filter(candidate -> candidate.getName().equals(parameter))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException(operationId + " has no parameter " + parameter));
    Schema<?> schema = p.getSchema();
    return new Limits(value(schema.getMinimum(), 1), value(schema.getMaximum(), Integer.MAX_VALUE));
  }

  private static int value(BigDecimal bound, int otherwise) {
    return bound == null ? otherwise : bound.intValueExact();
  }

  /** A page size of 2 kept within the bounds: small pages, and paging shows on a short list. */
  int small() {
    return Math.max(minimum, Math.min(maximum, 2));
  }

  /** One below the minimum: a value the spec rules out. */
  int belowMinimum() {
    return minimum - 1;
  }
}
