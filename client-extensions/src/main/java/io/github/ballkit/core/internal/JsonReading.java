package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the compiled model readers ({@code *JsonReaders}, generated from {@code
 * jsonReaders.mustache} into each API's {@code internal} package) are made of: a streaming read of
 * a success body into the generated models with jackson-core alone, so that a call does not need
 * Jackson's databind (whose mapper and first bean deserializers cost a cold JVM 300 ms and more).
 *
 * <p>A compiled reader gives exactly what the shared mapper would, or nothing: it accepts only the
 * tokens whose meaning databind leaves no room for (a string for a string, an integer that fits for
 * an {@code Integer}, an RFC 3339 timestamp in its plain form...) and a body in which every
 * property the spec requires is present, each property at most once. On anything else it throws
 * {@link Unreadable} and the decoder reads the body again with the mapper, which gives the value,
 * or the typed error with its message, it always gave. Hand-written rather than one of databind's
 * deserializers because those need the mapper this reader exists to avoid.
 */
public final class JsonReading {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Unreadable UNREADABLE = new Unreadable();

  private JsonReading() {}

  /** The compiled readers of one API's models. */
  public interface Models {
    /**
     * Reads the value at the parser's current token as a model.
     *
     * @param type the model class
     * @param parser a parser at the value's first token; left at its last one
     * @return the model, or {@code null} for JSON {@code null}
     * @throws IOException {@link Unreadable} for a type without a compiled reader or a value it
     *     leaves to the mapper; any other from the parser
     */
    Object read(Class<?> type, JsonParser parser) throws IOException;
  }

  /**
   * The signal that a body is left to the mapper. One instance without a stack trace: it is control
   * flow, thrown for a body the mapper will describe.
   */
  public static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    private Unreadable() {
      super("left to the mapper", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * Reads a whole body with compiled readers.
   *
   * @param models the API's readers
   * @param type the model class the body is bound to
   * @param body the body, not blank
   * @return the model, or {@code null} for a body that is JSON {@code null}
   * @throws IOException {@link Unreadable}, or a parse error: either way the mapper reads it again
   */
  static Object read(Models models, Class<?> type, byte[] body) throws IOException {
    try (JsonParser parser = FACTORY.createParser(body)) {
      if (parser.nextToken() == null) {
        throw UNREADABLE;
      }
      return models.read(type, parser);
    }
  }

  /**
   * Returns the signal to throw.
   *
   * @return the one {@link Unreadable}
   */
  public static Unreadable unreadable() {
    return UNREADABLE;
  }

  /**
   * Throws the signal where a value of a type without a compiled reader would be read.
   *
   * @param parser the parser, unused
   * @param <T> the type expected
   * @return never
   * @throws Unreadable always
   */
  public static <T> T unsupported(JsonParser parser) throws Unreadable {
    throw UNREADABLE;
  }

  /**
   * Checks that the current token opens an object.
   *
   * @param parser the parser
   * @return {@code false} for JSON {@code null}, {@code true} for an object
   * @throws Unreadable for anything else
   */
  public static boolean startObject(JsonParser parser) throws Unreadable {
    return opens(parser, JsonToken.START_OBJECT);
  }

  /**
   * Checks that the current token opens an array.
   *
   * @param parser the parser
   * @return {@code false} for JSON {@code null}, {@code true} for an array
   * @throws Unreadable for anything else
   */
  public static boolean startArray(JsonParser parser) throws Unreadable {
    return opens(parser, JsonToken.START_ARRAY);
  }

  private static boolean opens(JsonParser parser, JsonToken start) throws Unreadable {
    JsonToken token = parser.currentToken();
    if (token == start) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw UNREADABLE;
  }

  /**
   * Marks a property as read, leaving a body that repeats it to the mapper.
   *
   * @param seen the properties read so far, one bit each
   * @param bit this property's bit
   * @return {@code seen} with the bit set
   * @throws Unreadable if it was set
   */
  public static long once(long seen, long bit) throws Unreadable {
    if ((seen & bit) != 0) {
      throw UNREADABLE;
    }
    return seen | bit;
  }

  /** Reads a {@code String}: a JSON string (the mapper coerces other scalars). */
  public static String readString(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_STRING -> parser.getText();
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /** Reads an {@code Integer}: a JSON integer within its range. */
  public static Integer readInteger(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT -> {
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
          throw UNREADABLE;
        }
        yield parser.getIntValue();
      }
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /** Reads a {@code Long}: a JSON integer within its range. */
  public static Long readLong(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw UNREADABLE;
        }
        yield parser.getLongValue();
      }
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /** Reads a {@code Double}: a JSON number, as the mapper converts it. */
  public static Double readDouble(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT, JsonTokenId.ID_NUMBER_FLOAT -> parser.getDoubleValue();
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /** Reads a {@code Float}: a JSON number, as the mapper converts it. */
  public static Float readFloat(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT, JsonTokenId.ID_NUMBER_FLOAT -> parser.getFloatValue();
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /** Reads a {@code BigDecimal}: a JSON number. */
  public static BigDecimal readBigDecimal(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_NUMBER_INT, JsonTokenId.ID_NUMBER_FLOAT -> parser.getDecimalValue();
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /** Leaves a {@code UUID} to the mapper, which also reads other forms than the canonical one. */
  public static java.util.UUID readUUID(JsonParser parser) throws Unreadable {
    throw UNREADABLE;
  }

  /** Leaves a {@code URI} to the mapper. */
  public static java.net.URI readURI(JsonParser parser) throws Unreadable {
    throw UNREADABLE;
  }

  /** Reads a {@code Boolean}: JSON {@code true} or {@code false}. */
  public static Boolean readBoolean(JsonParser parser) throws IOException {
    return switch (parser.currentTokenId()) {
      case JsonTokenId.ID_TRUE -> Boolean.TRUE;
      case JsonTokenId.ID_FALSE -> Boolean.FALSE;
      case JsonTokenId.ID_NULL -> null;
      default -> throw UNREADABLE;
    };
  }

  /**
   * Reads an {@code OffsetDateTime} written {@code 2024-05-01T12:30:00[.fraction](Z|+hh:mm)}, the
   * form the mapper's JSR-310 module reads with {@code ISO_OFFSET_DATE_TIME} unchanged; any other
   * (no seconds, an offset without colon, a number, surrounding blanks) is left to the mapper.
   */
  public static OffsetDateTime readOffsetDateTime(JsonParser parser) throws IOException {
    int token = parser.currentTokenId();
    if (token == JsonTokenId.ID_NULL) {
      return null;
    }
    if (token != JsonTokenId.ID_STRING) {
      throw UNREADABLE;
    }
    String text = parser.getText();
    int length = text.length();
    if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      throw UNREADABLE;
    }
    LocalDate date = date(text);
    int hour = digits(text, 11);
    int minute = digits(text, 14);
    int second = digits(text, 17);
    int at = 19;
    int nanos = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (at < length && isDigit(text.charAt(at))) {
        nanos = nanos * 10 + (text.charAt(at++) - '0');
      }
      int count = at - start;
      if (count == 0 || count > 9) {
        throw UNREADABLE;
      }
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, at);
    try {
      return OffsetDateTime.of(
          date.getYear(),
          date.getMonthValue(),
          date.getDayOfMonth(),
          hour,
          minute,
          second,
          nanos,
          offset);
    } catch (DateTimeException invalid) {
      throw UNREADABLE;
    }
  }

  /** Reads a {@code LocalDate} written {@code 2024-05-01}. */
  public static LocalDate readLocalDate(JsonParser parser) throws IOException {
    int token = parser.currentTokenId();
    if (token == JsonTokenId.ID_NULL) {
      return null;
    }
    if (token != JsonTokenId.ID_STRING || parser.getTextLength() != 10) {
      throw UNREADABLE;
    }
    return date(parser.getText());
  }

  /**
   * Reads any JSON as the mapper's untyped reading does: objects as {@code LinkedHashMap}, arrays
   * as {@code ArrayList}, integers as the smallest of {@code Integer}, {@code Long} and {@code
   * BigInteger}, other numbers as {@code Double}.
   */
  public static Object readObject(JsonParser parser) throws IOException {
    switch (parser.currentTokenId()) {
      case JsonTokenId.ID_START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          object.put(name, readObject(parser));
        }
        return object;
      case JsonTokenId.ID_START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(readObject(parser));
        }
        return array;
      case JsonTokenId.ID_STRING:
        return parser.getText();
      case JsonTokenId.ID_NUMBER_INT:
        return parser.getNumberValue();
      case JsonTokenId.ID_NUMBER_FLOAT:
        if (parser.isNaN()) {
          throw UNREADABLE;
        }
        return parser.getDoubleValue();
      case JsonTokenId.ID_TRUE:
        return Boolean.TRUE;
      case JsonTokenId.ID_FALSE:
        return Boolean.FALSE;
      case JsonTokenId.ID_NULL:
        return null;
      default:
        throw UNREADABLE;
    }
  }

  private static LocalDate date(String text) throws Unreadable {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw UNREADABLE;
    }
    int year = digits(text, 0) * 100 + digits(text, 2);
    try {
      return LocalDate.of(year, digits(text, 5), digits(text, 8));
    } catch (DateTimeException invalid) {
      throw UNREADABLE;
    }
  }

  private static ZoneOffset offset(String text, int at) throws Unreadable {
    int length = text.length();
    if (at == length - 1 && text.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    char sign = at < length ? text.charAt(at) : 0;
    if (at + 6 != length || (sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
      throw UNREADABLE;
    }
    int hours = digits(text, at + 1);
    int minutes = digits(text, at + 4);
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException invalid) {
      throw UNREADABLE;
    }
  }

  /** The two-digit number at {@code at}. */
  private static int digits(String text, int at) throws Unreadable {
    char tens = text.charAt(at);
    char ones = text.charAt(at + 1);
    if (!isDigit(tens) || !isDigit(ones)) {
      throw UNREADABLE;
    }
    return (tens - '0') * 10 + (ones - '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
