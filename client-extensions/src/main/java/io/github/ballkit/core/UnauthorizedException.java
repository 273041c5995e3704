package io.github.ballkit.core;

/** The token is missing, invalid or expired (HTTP 401). */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnauthorizedException(ErrorDetails details) {
    super(details);
  }
}
