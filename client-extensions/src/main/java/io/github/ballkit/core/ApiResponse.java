package io.github.ballkit.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A decoded value together with the HTTP exchanges it came from: the status, the response headers
 * and the spec's operation name. Get one with the client's {@code exchange(...)}.
 *
 * <p>A callback may make several calls (a paged listing fetches one page per call): {@link
 * #exchanges()} lists every response in the order they arrived, and {@link #operation()}, {@link
 * #status()} and {@link #headers()} are those of the last one, the response that completed the
 * value (for a listing, its last page).
 *
 * @param <T> the decoded value's type
 * @param operation the spec's operationId of the last response, e.g. {@code getReplay}
 * @param status the HTTP status of the last response
 * @param headers the last response's headers, case-insensitive names
 * @param value the callback's value; {@code null} for operations without one
 * @param exchanges every response the callback got, in order; the last is the one above
 */
public record ApiResponse<T>(
    String operation,
    int status,
    Map<String, List<String>> headers,
    @Nullable T value,
    List<Exchange> exchanges) {

  /**
   * Copies the list, so the record stays immutable.
   *
   * @param operation the spec's operationId of the last response, e.g. {@code getReplay}
   * @param status the HTTP status of the last response
   * @param headers the last response's headers, case-insensitive names
   * @param value the callback's value; {@code null} for operations without one
   * @param exchanges every response the callback got, in order; the last is the one above
   */
  public ApiResponse {
    exchanges = List.copyOf(exchanges);
  }

  /**
   * A response of a single call, for a value that came from one exchange.
   *
   * @param operation the spec's operationId
   * @param status the HTTP status
   * @param headers the response headers, case-insensitive names
   * @param value the decoded body
   */
  public ApiResponse(String operation, int status, Map<String, List<String>> headers, T value) {
    this(operation, status, headers, value, List.of(new Exchange(operation, status, headers)));
  }

  /**
   * Returns the first value of a header of the last response.
   *
   * @param name the header name, any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    return Exchange.first(headers, name);
  }

  /**
   * One response of an {@code exchange(...)} callback.
   *
   * @param operation the spec's operationId
   * @param status the HTTP status
   * @param headers the response headers, case-insensitive names, without HTTP/2 pseudo-headers
   */
  public record Exchange(String operation, int status, Map<String, List<String>> headers) {
    /**
     * Checks the parts.
     *
     * @param operation the spec's operationId
     * @param status the HTTP status
     * @param headers the response headers, case-insensitive names, without HTTP/2 pseudo-headers
     */
    public Exchange {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(headers, "headers");
    }

    /**
     * Returns the first value of a response header.
     *
     * @param name the header name, any case
     * @return the value, if the header was sent
     */
    public Optional<String> header(String name) {
      return first(headers, name);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }
}
