package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A parser that notes the properties a body lacks although the spec requires them while Jackson
 * binds it, so that a success body is read once: the same check as {@link MissingProperties}, made
 * on the tokens as the binding pulls them instead of in a second pass over the body.
 *
 * <p>Every token of the body reaches it in order: each method that advances the parser notes the
 * token it advanced to ({@code nextToken()}, {@code nextFieldName()}, the {@code next...Value()}
 * methods), and {@link #nextValue()} and {@link #skipChildren()} go through {@code nextToken()}; a
 * buffered stretch (a creator's properties) is copied from this parser before it is replayed.
 * Should a binding stop before the end of the first value, {@link #complete()} says so and the
 * caller falls back to the second pass.
 *
 * <p>It keeps a stack of the objects and arrays being read, one entry per level the check descends
 * into (models, lists and maps of models that require something at some depth), and only a depth
 * count inside anything else, so memory stays flat and a body that lacks nothing allocates nothing
 * past the first levels.
 */
final class CheckingParser extends JsonParserDelegate {
  private static final byte MODEL = 1;
  private static final byte MAP = 2;
  private static final byte ARRAY = 3;

  private final JavaType root;
  private final List<String> missing = new ArrayList<>();
  private byte[] kinds = new byte[8];
  private JavaType[] types = new JavaType[8];
  private RequiredProperties.Shape[] shapes = new RequiredProperties.Shape[8];
  private long[] seen = new long[8];
  private BitSet[] seenMany = new BitSet[8];
  private String[] fields = new String[8];
  private int[] nextIndex = new int[8];
  private String[] segmentNames = new String[8];
  private int[] segmentIndexes = new int[8];
  private int depth;
  private int skipping;
  private boolean started;
  private boolean done;

  /**
   * Wraps a parser of a body bound to a type.
   *
   * @param parser the parser of the body, before its first token
   * @param root the type the body is bound to
   */
  CheckingParser(JsonParser parser, JavaType root) {
    super(parser);
    this.root = root;
  }

  /** Tells whether the first value of the body was read to its end, so {@link #missing()} holds. */
  boolean complete() {
    return done;
  }

  /**
   * Returns the paths of the missing properties ({@code list[3].id}), at most {@value
   * MissingProperties#MAX_NAMED}; empty when none.
   */
  List<String> missing() {
    return missing;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return noted(delegate.nextToken());
  }

  // The next... methods of the parser underneath advance by one token, as nextToken() does, but
  // faster (a name is matched or read without a round through the token); each is noted after.

  @Override
  public String nextFieldName() throws IOException {
    String name = delegate.nextFieldName();
    noteCurrent();
    return name;
  }

  @Override
  public boolean nextFieldName(SerializableString expected) throws IOException {
    boolean matched = delegate.nextFieldName(expected);
    noteCurrent();
    return matched;
  }

  @Override
  public String nextTextValue() throws IOException {
    String text = delegate.nextTextValue();
    noteCurrent();
    return text;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    int value = delegate.nextIntValue(defaultValue);
    noteCurrent();
    return value;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    long value = delegate.nextLongValue(defaultValue);
    noteCurrent();
    return value;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    Boolean value = delegate.nextBooleanValue();
    noteCurrent();
    return value;
  }

  private void noteCurrent() throws IOException {
    noted(delegate.currentToken());
  }

  private JsonToken noted(JsonToken token) throws IOException {
    if (token != null && !done) {
      see(token);
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    for (JsonToken next = nextToken(); next != null; next = nextToken()) {
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd() && --open == 0) {
        break;
      }
    }
    return this;
  }

  private void see(JsonToken token) throws IOException {
    if (skipping > 0) {
      if (token.isStructStart()) {
        skipping++;
      } else if (token.isStructEnd() && --skipping == 0 && depth == 0) {
        done = true;
      }
      return;
    }
    if (token == JsonToken.FIELD_NAME) {
      field(delegate.currentName());
    } else if (token.isStructEnd()) {
      int top = depth - 1;
      if (kinds[top] == MODEL) {
        finish(top);
      }
      seenMany[top] = null;
      depth--;
      done = depth == 0;
    } else {
      value(token);
    }
  }

  private void field(String name) {
    int top = depth - 1;
    fields[top] = name;
    if (kinds[top] != MODEL) {
      return;
    }
    Integer index = shapes[top].requiredIndex().get(name);
    if (index == null) {
      return;
    }
    if (seenMany[top] != null) {
      seenMany[top].set(index);
    } else {
      seen[top] |= 1L << index;
    }
  }

  /** A value starts: a scalar, or an object or array to descend into or to skip. */
  private void value(JsonToken token) {
    JavaType expected;
    String name = null;
    int index = -1;
    if (depth == 0) {
      if (started) {
        return;
      }
      started = true;
      expected = root;
    } else {
      int top = depth - 1;
      expected =
          kinds[top] == MODEL ? shapes[top].nested().get(fields[top]) : types[top].getContentType();
      if (kinds[top] == ARRAY) {
        index = nextIndex[top]++;
      } else {
        name = fields[top];
      }
    }
    if (!token.isStructStart()) {
      done = depth == 0;
      return;
    }
    byte kind = kindOf(token, expected);
    if (kind == 0) {
      skipping = 1;
      return;
    }
    push(kind, expected, name, index);
  }

  private static byte kindOf(JsonToken token, JavaType expected) {
    if (expected == null || !RequiredProperties.requiresAnything(expected)) {
      return 0;
    }
    if (token == JsonToken.START_OBJECT && expected.isMapLikeType()) {
      return MAP;
    }
    if (token == JsonToken.START_ARRAY && expected.isContainerType()) {
      return ARRAY;
    }
    if (token == JsonToken.START_OBJECT && RequiredProperties.isModel(expected)) {
      return MODEL;
    }
    return 0;
  }

  private void push(byte kind, JavaType type, String name, int index) {
    if (depth == kinds.length) {
      int size = depth * 2;
      kinds = Arrays.copyOf(kinds, size);
      types = Arrays.copyOf(types, size);
      shapes = Arrays.copyOf(shapes, size);
      seen = Arrays.copyOf(seen, size);
      seenMany = Arrays.copyOf(seenMany, size);
      fields = Arrays.copyOf(fields, size);
      nextIndex = Arrays.copyOf(nextIndex, size);
      segmentNames = Arrays.copyOf(segmentNames, size);
      segmentIndexes = Arrays.copyOf(segmentIndexes, size);
    }
    kinds[depth] = kind;
    types[depth] = type;
    RequiredProperties.Shape shape =
        kind == MODEL ? RequiredProperties.of(type.getRawClass()) : null;
    shapes[depth] = shape;
    seen[depth] = 0;
    seenMany[depth] =
        shape != null && shape.required().size() > Long.SIZE
            ? new BitSet(shape.required().size())
            : null;
    fields[depth] = null;
    nextIndex[depth] = 0;
    segmentNames[depth] = name;
    segmentIndexes[depth] = index;
    depth++;
  }

  /** Lists what the model at a level lacked, once its object has ended. */
  private void finish(int level) {
    RequiredProperties.Shape shape = shapes[level];
    BitSet many = seenMany[level];
    int required = shape.required().size();
    int count = many != null ? many.cardinality() : Long.bitCount(seen[level]);
    if (count == required) {
      return;
    }
    for (String name : shape.required()) {
      int index = shape.requiredIndex().get(name);
      boolean present = many != null ? many.get(index) : (seen[level] & (1L << index)) != 0;
      if (!present && missing.size() < MissingProperties.MAX_NAMED) {
        missing.add(path(level, name));
      }
    }
  }

  /** The path of a property of the model at a level, e.g. {@code list[3].uploader.name}. */
  private String path(int level, String property) {
    StringBuilder path = new StringBuilder();
    for (int i = 1; i <= level; i++) {
      if (segmentNames[i] != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segmentNames[i]);
      } else {
        path.append('[').append(segmentIndexes[i]).append(']');
      }
    }
    if (path.length() > 0) {
      path.append('.');
    }
    return path.append(property).toString();
  }
}
