package io.github.ballkit.core;

/** The request conflicts with the resource's state (HTTP 409). */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
