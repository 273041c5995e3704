package io.github.ballkit.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.QueryMapEncoder;
import feign.codec.Encoder;
import feign.form.ContentType;
import feign.form.FormData;
import feign.form.FormEncoder;
import feign.form.MultipartFormContentProcessor;
import feign.form.multipart.FormDataWriter;
import feign.form.multipart.Output;
import feign.form.multipart.Writer;
import java.util.function.Supplier;

/**
 * The Feign codecs of every client, in one place so that other wiring (the template corpus tests)
 * sends exactly what the clients send: JSON bodies through the client's mapper ({@code byte[]}
 * raw), multipart and urlencoded forms through feign-form, query objects through Jackson.
 */
public final class Codecs {
  private Codecs() {}

  /**
   * Returns the request body encoder.
   *
   * @param json the client's mapper
   * @return an encoder for JSON, binary and form bodies
   */
  public static Encoder encoder(ObjectMapper json) {
    return encoder(() -> json);
  }

  /**
   * Returns the request body encoder of the clients, which uses the shared mapper ({@link
   * Json#shared()}) once it has a body to encode, so building a client does not create it.
   *
   * @return an encoder for JSON, binary and form bodies
   */
  static Encoder encoder() {
    return encoder(Json::shared);
  }

  private static Encoder encoder(Supplier<ObjectMapper> json) {
    FormEncoder forms = new FormEncoder(new BallkitEncoder(json));
    ((MultipartFormContentProcessor) forms.getContentProcessor(ContentType.MULTIPART))
        .addFirstWriter(new FormDataListWriter());
    return forms;
  }

  /**
   * Returns the encoder of generated query objects.
   *
   * @param json the client's mapper
   * @return an encoder that names parameters as the JSON annotations do
   */
  public static QueryMapEncoder queryMapEncoder(ObjectMapper json) {
    return new JacksonQueryMapEncoder(() -> json);
  }

  /**
   * Returns the encoder of generated query objects of the clients, over the shared mapper.
   *
   * @return an encoder that names parameters as the JSON annotations do
   */
  static QueryMapEncoder queryMapEncoder() {
    return new JacksonQueryMapEncoder(Json::shared);
  }

  /**
   * Writes a list of files (a multipart parameter that is an array of binaries) as one part per
   * file under the same name; feign-form itself writes lists of {@code java.io.File} only.
   */
  private static final class FormDataListWriter implements Writer {
    private final FormDataWriter part = new FormDataWriter();

    @Override
    public boolean isApplicable(Object value) {
      if (!(value instanceof Iterable<?> items)) {
        return false;
      }
      for (Object item : items) {
        if (!(item instanceof FormData)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void write(Output output, String boundary, String key, Object value) {
      for (Object item : (Iterable<?>) value) {
        part.write(output, boundary, key, item);
      }
    }
  }
}
