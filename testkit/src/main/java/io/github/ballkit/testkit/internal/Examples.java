package io.github.ballkit.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the hand-written examples of a spec response: the body and the headers it needs. */
public final class Examples {
  private Examples() {}

  /**
   * The first media type of a response.
   *
   * @param response the response
   * @return the media type name and definition, or empty for a response without content
   */
  public static Optional<Map.Entry<String, MediaType>> firstMediaType(ApiResponse response) {
    if (response.getContent() == null || response.getContent().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(response.getContent().entrySet().iterator().next());
  }

  /**
   * The example of a media type: its {@code example}, else its first {@code examples} entry, else
   * the schema's example.
   *
   * @param media the media type
   * @return the example value, or empty
   */
  public static Optional<Object> exampleOf(MediaType media) {
    if (media.getExample() != null) {
      return Optional.of(media.getExample());
    }
    if (media.getExamples() != null && !media.getExamples().isEmpty()) {
      Example first = media.getExamples().values().iterator().next();
      return Optional.ofNullable(first.getValue());
    }
    if (media.getSchema() != null && media.getSchema().getExample() != null) {
      return Optional.of(media.getSchema().getExample());
    }
    return Optional.empty();
  }

  /**
   * The bytes an example stands for with a media type: JSON text for JSON types, the raw string for
   * others.
   *
   * @param mediaType such as {@code application/json}
   * @param example the example value
   * @return the body bytes
   */
  public static byte[] bodyBytes(String mediaType, Object example) {
    if (!mediaType.contains("json") && example instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Json.mapper().writeValueAsBytes(example);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize example " + example, e);
    }
  }

  /**
   * Header values for the headers a response declares as required, from their examples.
   *
   * @param response the response
   * @return header name to value
   */
  public static Map<String, String> requiredHeaders(ApiResponse response) {
    Map<String, String> out = new LinkedHashMap<>();
    if (response.getHeaders() == null) {
      return out;
    }
    for (Map.Entry<String, Header> e : response.getHeaders().entrySet()) {
      Header h = e.getValue();
      if (!Boolean.TRUE.equals(h.getRequired())) {
        continue;
      }
      Object example = h.getExample();
      if (example == null && h.getSchema() != null) {
        example = h.getSchema().getExample();
      }
      out.put(e.getKey(), example == null ? "1" : example.toString());
    }
    return out;
  }
}
