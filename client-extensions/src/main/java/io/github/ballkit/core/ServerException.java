package io.github.ballkit.core;

/** The server failed (HTTP 5xx), including gateway errors whose body is often not JSON. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ServerException(ErrorDetails details) {
    super(details);
  }
}
