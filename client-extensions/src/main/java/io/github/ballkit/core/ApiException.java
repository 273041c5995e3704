package io.github.ballkit.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with an error status. Subclasses name the common statuses; other statuses
 * arrive as this class itself. Carries everything the server sent, so nothing is lost by catching
 * it.
 */
public class ApiException extends BallkitException {
  private static final long serialVersionUID = 1L;

  /** What the server answered. */
  private final ErrorDetails details;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ApiException(ErrorDetails details) {
    super(details.operation(), describe(details), null);
    this.details = details;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return details.status();
  }

  /**
   * Returns the API's machine-readable error code, e.g. {@code not_found} (Ballistica). The
   * ballchasing API has no codes: there it is empty.
   *
   * @return the error code, if any
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(details.errorCode());
  }

  /**
   * Returns the API's human-readable error message, e.g. {@code duplicate replay}.
   *
   * @return the message the server sent, if any
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(details.errorMessage());
  }

  /**
   * Returns the request id the server assigned (ballchasing's {@code request_id}).
   *
   * @return the request id, if sent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /**
   * Returns the response headers.
   *
   * @return headers, case-insensitive names
   */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /**
   * Returns the raw response body (at most 64 KiB).
   *
   * @return the body bytes
   */
  public byte[] rawBody() {
    return details.body();
  }

  /**
   * Returns all details at once.
   *
   * @return the details
   */
  public ErrorDetails details() {
    return details;
  }

  static String describe(ErrorDetails details) {
    StringBuilder message = new StringBuilder();
    message.append(details.operation()).append(" failed with HTTP ").append(details.status());
    if (details.errorCode() != null) {
      message.append(" [").append(details.errorCode()).append(']');
    }
    if (details.errorMessage() != null) {
      message.append(": ").append(details.errorMessage());
    } else {
      String text = details.bodyText().strip();
      if (text.isEmpty()) {
        message.append(" and an empty body");
      } else {
        String contentType = details.header("content-type").orElse("no content type");
        String snippet = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (snippet.length() > 160) {
          snippet = snippet.substring(0, 160) + "...";
        }
        message
            .append(" and a body that is not the API's error format (")
            .append(contentType)
            .append("): ")
            .append(snippet);
      }
    }
    if (details.requestId() != null) {
      message.append(" (request id ").append(details.requestId()).append(')');
    }
    return message.toString();
  }
}
