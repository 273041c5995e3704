package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the properties a success body lacks although the spec requires them, at any depth ({@code
 * uploader}, {@code list[3].id}), so that a body such as {@code {"ok":true}} for a replay is a
 * {@code MalformedResponseException} instead of a replay whose required values are {@code null}.
 * Unknown properties and values are left alone. Walks the body token by token beside the Java type
 * it is bound to, holding nothing but the names of the object being read: memory stays flat.
 *
 * <p>The decoder makes the same check while it binds ({@link CheckingParser}); this second pass
 * over the body is its fallback, for a binding that stops before the end of the value, and what the
 * tests hold the other to. A body that lacks nothing costs no allocation beyond the parser: the
 * required properties of an object are ticked off in a bit mask (a {@link BitSet} past 64 of them),
 * and the path to where the walk is ({@code list[3].uploader}) is kept as a stack of names and
 * indexes, written out only for a property that is missing.
 */
final class MissingProperties {
  /** The most missing properties named; a body missing more is wrong enough. */
  static final int MAX_NAMED = 10;

  private final List<String> missing = new ArrayList<>();
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

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
    MissingProperties walk = new MissingProperties();
    try (JsonParser parser = factory.createParser(body)) {
      if (parser.nextToken() != null) {
        walk.walk(parser, type);
      }
    } catch (IOException unreadable) {
      // The binding has read this body already; should it fail here after all, it fails unchecked.
    }
    return walk.missing;
  }

  private void walk(JsonParser parser, JavaType type) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT && type.isMapLikeType()) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        push(key, -1);
        walk(parser, type.getContentType());
        depth--;
      }
    } else if (token == JsonToken.START_ARRAY && type.isContainerType()) {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        push(null, index++);
        walk(parser, type.getContentType());
        depth--;
      }
    } else if (token == JsonToken.START_OBJECT && RequiredProperties.isModel(type)) {
      model(parser, RequiredProperties.of(type.getRawClass()));
    } else {
      parser.skipChildren();
    }
  }

  private void model(JsonParser parser, RequiredProperties.Shape shape) throws IOException {
    int required = shape.required().size();
    long seen = 0;
    BitSet seenMany = required > Long.SIZE ? new BitSet(required) : null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Integer index = required == 0 ? null : shape.requiredIndex().get(name);
      if (index == null) {
        // not required
      } else if (seenMany != null) {
        seenMany.set(index);
      } else {
        seen |= 1L << index;
      }
      parser.nextToken();
      JavaType nested = shape.nested().get(name);
      if (nested != null) {
        push(name, -1);
        walk(parser, nested);
        depth--;
      } else {
        parser.skipChildren();
      }
    }
    int count = seenMany != null ? seenMany.cardinality() : Long.bitCount(seen);
    if (count == required) {
      return;
    }
    for (String name : shape.required()) {
      int index = shape.requiredIndex().get(name);
      boolean present = seenMany != null ? seenMany.get(index) : (seen & (1L << index)) != 0;
      if (!present && missing.size() < MAX_NAMED) {
        missing.add(path(name));
      }
    }
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = index;
    depth++;
  }

  /** The path of a property of the object the walk is in, e.g. {@code list[3].uploader.name}. */
  private String path(String property) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (names[i] != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(names[i]);
      } else {
        path.append('[').append(indexes[i]).append(']');
      }
    }
    if (path.length() > 0) {
      path.append('.');
    }
    return path.append(property).toString();
  }
}
