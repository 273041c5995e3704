package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.util.function.Supplier;

/**
 * Encodes request bodies: {@code byte[]} as-is (binary bodies never go through JSON), everything
 * else as JSON. Multipart forms are handled by feign-form's {@code FormEncoder} wrapped around it.
 */
final class BallkitEncoder implements Encoder {
  private final Supplier<ObjectMapper> json;

  BallkitEncoder(Supplier<ObjectMapper> json) {
    this.json = json;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (object instanceof byte[] bytes) {
      template.body(bytes, null);
      return;
    }
    try {
      template.body(json.get().writeValueAsBytes(object), java.nio.charset.StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new EncodeException("cannot encode " + bodyType + " as JSON", e);
    }
  }
}
