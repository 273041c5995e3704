package io.github.ballkit.core;

/**
 * A success status arrived with a body ballkit could not read as the spec says: not JSON, truncated
 * JSON, or JSON of the wrong shape. {@link #rawBody()} holds what arrived.
 */
public class MalformedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   * @param problem what is wrong with the body
   */
  public MalformedResponseException(ErrorDetails details, String problem) {
    super(details);
    this.problem = problem;
  }

  @Override
  public String getMessage() {
    return details().operation()
        + " returned HTTP "
        + status()
        + " with a body that does not match the spec: "
        + problem;
  }
}
