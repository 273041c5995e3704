package io.github.ballkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ballkit.core.internal.Json;

/** Reads and writes JSON as the clients do ({@link Json#mapper()}), and checks round trips. */
final class RoundTrip {
  static final ObjectMapper MAPPER = Json.mapper();

  private RoundTrip() {}

  /** Decodes the JSON, checks that writing it back gives equal JSON, and returns the value. */
  static <T> T decodesAndEncodesBack(String json, Class<T> type) {
    return check(json, read(json, type));
  }

  /** {@link #decodesAndEncodesBack(String, Class)} for a generic type. */
  static <T> T decodesAndEncodesBack(String json, TypeReference<T> type) {
    try {
      return check(json, MAPPER.readValue(json, type));
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot decode " + json, e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot decode " + json, e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  static JsonNode written(Object value) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot encode " + value, e);
    }
  }

  private static <T> T check(String json, T value) {
    assertThat(written(value)).as("%s written back", value).isEqualTo(tree(json));
    return value;
  }

  /** Single quotes to double quotes, so JSON reads well inside Java strings. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
