package io.github.ballkit.core;

/** The request was rejected as invalid (HTTP 400). */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
