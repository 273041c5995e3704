package io.github.ballkit.core;

/**
 * A response arrived that ballkit could not use as the spec says: a success status with a body that
 * is not JSON, is truncated or has the wrong shape, or a redirect whose {@code Location} is not a
 * URL. {@link #rawBody()} holds the body that arrived.
 */
public class MalformedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the response. */
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
        + " with a response that does not match the spec: "
        + problem;
  }
}
