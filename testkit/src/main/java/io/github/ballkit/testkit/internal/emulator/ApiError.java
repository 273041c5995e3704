package io.github.ballkit.testkit.internal.emulator;

/**
 * Thrown inside an emulator handler to answer with an error status; the emulator turns it into the
 * API's error body.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status to answer with. */
  private final int status;

  /** The machine code of the error body. */
  private final String code;

  /**
   * Creates the error.
   *
   * @param status the HTTP status
   * @param code a machine code (Ballistica's {@code error}); ballchasing ignores it
   * @param message the human-readable message
   */
  public ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The machine code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
