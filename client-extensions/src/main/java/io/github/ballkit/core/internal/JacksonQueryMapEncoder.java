package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.QueryMapEncoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a generated query record into query parameters through Jackson, so the wire names, open
 * enums and RFC 3339 dates follow the same annotations as JSON bodies. Lists become repeated keys.
 */
final class JacksonQueryMapEncoder implements QueryMapEncoder {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final Supplier<ObjectMapper> json;

  JacksonQueryMapEncoder(Supplier<ObjectMapper> json) {
    this.json = json;
  }

  @Override
  public Map<String, Object> encode(Object object) {
    if (object == null) {
      return Map.of();
    }
    Map<String, Object> values = json.get().convertValue(object, MAP);
    values.values().removeIf(value -> value == null);
    return values;
  }
}
