package io.github.ballkit.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A decoded value together with the HTTP exchange it came from, taken from the same request: the
 * status, the response headers and the spec's operation name. Get one with the client's {@code
 * exchange(...)}.
 *
 * @param <T> the decoded value's type
 * @param operation the spec's operationId, e.g. {@code getReplay}
 * @param status the HTTP status
 * @param headers the response headers, case-insensitive names
 * @param value the decoded body; {@code null} for operations without one
 */
public record ApiResponse<T>(
    String operation, int status, Map<String, List<String>> headers, @Nullable T value) {

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
