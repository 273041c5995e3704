package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the properties a success body lacks although the spec requires them, at any depth ({@code
 * uploader}, {@code list[3].id}), so that a body such as {@code {"ok":true}} for a replay is a
 * {@code MalformedResponseException} instead of a replay whose required values are {@code null}.
 * Unknown properties and values are left alone. Walks the body token by token beside the Java type
 * it is bound to, holding nothing but the names of the object being read: memory stays flat.
 */
final class MissingProperties {
  /** The most missing properties named; a body missing more is wrong enough. */
  static final int MAX_NAMED = 10;

  private MissingProperties() {}

  /**
   * Lists what a body lacks.
   *
   * @param factory the JSON factory (the mapper's, for its limits)
   * @param body the body, already known to be JSON of the type
   * @param type the type it is bound to
   * @return the paths of the missing properties, at most {@value #MAX_NAMED}; empty when none
   */
  static List<String> in(JsonFactory factory, byte[] body, JavaType type) {
    List<String> missing = new ArrayList<>();
    try (JsonParser parser = factory.createParser(body)) {
      if (parser.nextToken() != null) {
        walk(parser, type, "", missing);
      }
    } catch (IOException unreadable) {
      // The binding has read this body already; should it fail here after all, it fails unchecked.
    }
    return missing;
  }

  private static void walk(JsonParser parser, JavaType type, String path, List<String> missing)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT && type.isMapLikeType()) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        walk(parser, type.getContentType(), join(path, key), missing);
      }
    } else if (token == JsonToken.START_ARRAY && type.isContainerType()) {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        walk(parser, type.getContentType(), path + "[" + index++ + "]", missing);
      }
    } else if (token == JsonToken.START_OBJECT && RequiredProperties.isModel(type)) {
      RequiredProperties.Shape shape = RequiredProperties.of(type.getRawClass());
      Set<String> present = new HashSet<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        present.add(name);
        parser.nextToken();
        JavaType nested = shape.nested().get(name);
        if (nested != null) {
          walk(parser, nested, join(path, name), missing);
        } else {
          parser.skipChildren();
        }
      }
      for (String name : shape.required()) {
        if (!present.contains(name) && missing.size() < MAX_NAMED) {
          missing.add(join(path, name));
        }
      }
    } else {
      parser.skipChildren();
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
