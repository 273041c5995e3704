package io.github.ballkit.core;

/**
 * A success response whose JSON body is larger than the client's {@code maxJsonResponseBytes} (16
 * MiB unless configured otherwise): a {@link MalformedResponseException}, since the client cannot
 * use it. ballkit stops reading at the limit, so such a body costs at most that much memory, and
 * does not send the call again: the same request would get the same answer. Downloads stream and
 * have no such limit.
 */
public class ResponseTooLargeException extends MalformedResponseException {
  private static final long serialVersionUID = 1L;

  /** The limit the body went past, in bytes. */
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param details what the server answered (no body: none of it is kept)
   * @param limit the limit in bytes
   */
  public ResponseTooLargeException(ErrorDetails details, long limit) {
    super(details, "a JSON body larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  /**
   * Returns the limit the body went past.
   *
   * @return the most bytes a JSON body may have
   */
  public long limit() {
    return limit;
  }

  @Override
  public String getMessage() {
    return details().operation()
        + " returned HTTP "
        + status()
        + " with a JSON body larger than the limit of "
        + limit
        + " bytes (maxJsonResponseBytes); it was not read further";
  }
}
