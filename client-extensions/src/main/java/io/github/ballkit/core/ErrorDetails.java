package io.github.ballkit.core;

import io.github.ballkit.core.internal.HeaderMaps;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the server answered to a failed call: status, headers, the raw body and the fields ballkit
 * could read from it. Bodies that are not what the spec says (an HTML gateway page, an empty 429,
 * truncated JSON) still produce an instance; the parsed fields are then {@code null}.
 *
 * @param operation the spec's operationId
 * @param status the HTTP status
 * @param headers the response headers, names in lower case
 * @param body the raw response body (possibly truncated to 64 KiB, never {@code null})
 * @param errorCode the API's machine-readable error code, if the API has one and sent it
 * @param errorMessage the API's human-readable message, if it sent one
 * @param requestId the request id the server assigned, if it sent one
 * @serial exclude serialized as its components, as every record is
 */
public record ErrorDetails(
    String operation,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    @Nullable String errorCode,
    @Nullable String errorMessage,
    @Nullable String requestId)
    implements Serializable {

  /**
   * Copies the mutable parts so the record stays immutable.
   *
   * @param operation the spec's operationId
   * @param status the HTTP status
   * @param headers the response headers, names in lower case
   * @param body the raw response body (possibly truncated to 64 KiB, never {@code null})
   * @param errorCode the API's machine-readable error code, if the API has one and sent it
   * @param errorMessage the API's human-readable message, if it sent one
   * @param requestId the request id the server assigned, if it sent one
   */
  public ErrorDetails {
    headers = HeaderMaps.copyOf(headers);
    body = body == null ? new byte[0] : body.clone();
  }

  /**
   * Creates details from Feign-style headers.
   *
   * @param operation the operationId
   * @param status the HTTP status
   * @param headers headers as Feign gives them
   * @param body the raw body
   * @param errorCode the parsed error code
   * @param errorMessage the parsed message
   * @param requestId the parsed request id
   * @return the details
   */
  public static ErrorDetails of(
      String operation,
      int status,
      Map<String, Collection<String>> headers,
      byte[] body,
      String errorCode,
      String errorMessage,
      String requestId) {
    return new ErrorDetails(
        operation, status, HeaderMaps.copyOf(headers), body, errorCode, errorMessage, requestId);
  }

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

  /**
   * Returns the raw body as UTF-8 text.
   *
   * @return the body text, empty when there was no body
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns a copy of the raw response body.
   *
   * @return the body, possibly truncated to 64 KiB, never {@code null}
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ErrorDetails that
        && status == that.status
        && operation.equals(that.operation)
        && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(operation, status, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "ErrorDetails[operation=" + operation + ", status=" + status + "]";
  }
}
