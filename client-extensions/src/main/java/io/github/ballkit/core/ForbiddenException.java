package io.github.ballkit.core;

/** The token may not do this (HTTP 403). */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ForbiddenException(ErrorDetails details) {
    super(details);
  }
}
