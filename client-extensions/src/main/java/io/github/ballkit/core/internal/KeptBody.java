package io.github.ballkit.core.internal;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * A body the transport has read whole, as Feign's own byte-array body is, but whose bytes {@link
 * BallkitDecoder} can take as they are: the decoder binds them without reading them through a
 * stream into another array first.
 */
final class KeptBody implements Response.Body {
  private final byte[] bytes;

  KeptBody(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns the bytes of a body that is kept whole, without a copy.
   *
   * @param body any body
   * @return its bytes (never to be changed), or {@code null} when it is another kind of body
   */
  static byte[] bytesOf(Response.Body body) {
    return body instanceof KeptBody kept ? kept.bytes : null;
  }

  @Override
  public Integer length() {
    return bytes.length;
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader asReader(Charset charset) {
    return new InputStreamReader(asInputStream(), charset);
  }

  @Override
  public void close() {
    // nothing is held open: the bytes are in memory
  }
}
