package io.github.ballkit.core.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a multi-segment path value (such as a workspace file path) for Feign.
 *
 * <p>Feign passes a value through unchanged when it looks encoded already (only unreserved
 * characters and {@code %XX}) and otherwise encodes all of it, so {@code a%2Fb.txt} would reach the
 * server as two segments while {@code a/100%.txt} is encoded. Here every byte outside RFC 3986's
 * unreserved set is encoded, the separators as {@code %2F}, so Feign passes the result through and
 * its {@code decodeSlash} turns only those separators back into {@code /}. Hand-written because the
 * JDK's {@code URLEncoder} encodes for forms ({@code +} for a space).
 */
final class PathSegments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /**
   * Encodes a path.
   *
   * @param value a path such as {@code mymod/my plugin.py}, or an object whose string it is
   * @return such as {@code mymod%2Fmy%20plugin.py}
   */
  static String encode(Object value) {
    byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.write(c);
      } else {
        out.write('%');
        out.write(HEX[c >> 4]);
        out.write(HEX[c & 0xF]);
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
