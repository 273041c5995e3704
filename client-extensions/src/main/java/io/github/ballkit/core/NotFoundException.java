package io.github.ballkit.core;

/** The addressed resource does not exist, or is not visible to this token (HTTP 404). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
