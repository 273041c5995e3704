package io.github.ballkit.testkit;

/**
 * Thrown when a test registers a WireMock stub that breaks the spec: its URL or method is not an
 * operation of the API, its status is not documented, its body does not fit the response schema
 * (undeclared properties included), or it declares no {@code Content-Type}. The message names the
 * operation, every rule broken and the offending part of the body.
 */
public class InvalidStubException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the readable reason
   */
  public InvalidStubException(String message) {
    super(message);
  }
}
