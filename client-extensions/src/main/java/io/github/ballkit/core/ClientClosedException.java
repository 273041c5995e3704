package io.github.ballkit.core;

/**
 * A call on a client after its {@code close()}: nothing was sent. A closed client stays closed;
 * build a new one (its {@code newBuilder()} still works).
 */
public class ClientClosedException extends BallkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operationId of the refused call
   */
  public ClientClosedException(String operation) {
    super(operation, operation + " was not sent: the client is closed", null);
  }
}
