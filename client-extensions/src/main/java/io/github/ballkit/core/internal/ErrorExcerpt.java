package io.github.ballkit.core.internal;

import java.util.Arrays;

/**
 * How much of an error body ballkit keeps: the first {@value #MAX_BYTES} bytes, plenty for any
 * error message, while a server that answers with megabytes of HTML is not held in memory.
 */
final class ErrorExcerpt {
  /** The most bytes of an error body kept (and stated in {@code ErrorDetails#body}). */
  static final int MAX_BYTES = 64 * 1024;

  private ErrorExcerpt() {}

  /**
   * Cuts a body to the excerpt.
   *
   * @param body the body
   * @return its first {@value #MAX_BYTES} bytes; {@code body} itself when it is no longer
   */
  static byte[] cut(byte[] body) {
    return body.length > MAX_BYTES ? Arrays.copyOf(body, MAX_BYTES) : body;
  }
}
