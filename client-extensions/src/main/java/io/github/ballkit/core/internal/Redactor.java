package io.github.ballkit.core.internal;

import feign.Response;
import io.github.ballkit.core.ErrorDetails;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replaces the API token with {@value #MASK} in what a server sends back, so an error that echoes
 * the request (a proxy's debug page, an API that quotes the bad key) never puts the token into an
 * exception message, its raw body or its headers.
 *
 * <p>Tokens shorter than {@value #MIN_LENGTH} characters are left alone: no real key is that short,
 * and masking a placeholder such as {@code t} would garble every message.
 */
final class Redactor {
  static final String MASK = "[redacted]";
  static final int MIN_LENGTH = 8;

  private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.US_ASCII);

  private final String secret;
  private final byte[] secretBytes;

  /**
   * Creates the redactor.
   *
   * @param secret the token (visible ASCII, checked by the builder), or {@code null}
   */
  Redactor(String secret) {
    boolean active = secret != null && secret.length() >= MIN_LENGTH;
    this.secret = active ? secret : null;
    this.secretBytes = active ? secret.getBytes(StandardCharsets.US_ASCII) : null;
  }

  /**
   * Returns how many bytes past a limit to read so that a token straddling the limit is still seen
   * whole before the body is cut.
   *
   * @return the token's length minus one, or 0
   */
  int overlap() {
    return secretBytes == null ? 0 : secretBytes.length - 1;
  }

  /**
   * Masks the token in a text.
   *
   * @param text the text, or {@code null}
   * @return the text without the token
   */
  String text(String text) {
    return secret == null || text == null ? text : text.replace(secret, MASK);
  }

  /**
   * Masks the token in raw bytes (byte for byte, so bodies that are not text stay intact).
   *
   * @param body the bytes
   * @return the bytes without the token; {@code body} itself when it has none
   */
  byte[] bytes(byte[] body) {
    if (secretBytes == null || indexOf(body, 0) < 0) {
      return body;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int from = 0;
    for (int at = indexOf(body, 0); at >= 0; at = indexOf(body, from)) {
      out.write(body, from, at - from);
      out.write(MASK_BYTES, 0, MASK_BYTES.length);
      from = at + secretBytes.length;
    }
    out.write(body, from, body.length - from);
    return out.toByteArray();
  }

  /**
   * Masks the token in header values.
   *
   * @param headers headers as Feign gives them
   * @return a copy without the token (names case-insensitive)
   */
  Map<String, Collection<String>> headers(Map<String, Collection<String>> headers) {
    Map<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach(
          (name, values) -> {
            List<String> masked = new ArrayList<>(values.size());
            values.forEach(value -> masked.add(text(value)));
            copy.put(name, masked);
          });
    }
    return copy;
  }

  private int indexOf(byte[] body, int from) {
    int last = body.length - secretBytes.length;
    for (int i = from; i <= last; i++) {
      if (body[i] == secretBytes[0]
          && Arrays.equals(body, i, i + secretBytes.length, secretBytes, 0, secretBytes.length)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the details of a failed response whose body is not kept: operation, status and the
   * headers, masked.
   *
   * @param operation the operation
   * @param response the response
   * @return the details
   */
  ErrorDetails detailsWithoutBody(String operation, Response response) {
    return ErrorDetails.of(
        operation, response.status(), headers(response.headers()), null, null, null, null);
  }
}
