package io.github.ballkit.generated;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a JSON document with its re-encoded form. Numbers compare by value ({@code 139} equals
 * {@code 139.0}) and date-time strings as offset date-times (same instant and same offset, however
 * many fractional digits are written); everything else compares exactly.
 */
final class JsonTrees {

  private JsonTrees() {}

  /**
   * Lists every difference between {@code expected} and {@code actual}, each as a JSON pointer and
   * what differs: keys of {@code expected} missing from {@code actual} (dropped), keys only in
   * {@code actual} (added), and values that differ (changed).
   */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(
      String pointer, JsonNode expected, JsonNode actual, List<String> out) {
    String at = pointer.isEmpty() ? "/" : pointer;
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        String child = pointer + "/" + escape(field.getKey());
        JsonNode other = actual.get(field.getKey());
        if (other == null) {
          out.add(child + ": dropped (was " + field.getValue() + ")");
        } else {
          compare(child, field.getValue(), other, out);
        }
      }
      for (Map.Entry<String, JsonNode> field : actual.properties()) {
        String name = field.getKey();
        if (!expected.has(name)) {
          out.add(pointer + "/" + escape(name) + ": added (" + actual.get(name) + ")");
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(at + ": array of " + expected.size() + " became " + actual.size() + " items");
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(pointer + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(at + ": changed " + expected + " -> " + actual);
      }
    } else if (expected.isTextual() && actual.isTextual()) {
      if (!expected.textValue().equals(actual.textValue())
          && !sameOffsetDateTime(expected.textValue(), actual.textValue())) {
        out.add(at + ": changed " + expected + " -> " + actual);
      }
    } else if (!expected.equals(actual)) {
      out.add(at + ": changed " + expected + " -> " + actual);
    }
  }

  /** Both are RFC 3339 date-times naming the same instant with the same offset. */
  static boolean sameOffsetDateTime(String a, String b) {
    try {
      OffsetDateTime x = OffsetDateTime.parse(a);
      OffsetDateTime y = OffsetDateTime.parse(b);
      return x.isEqual(y) && x.getOffset().equals(y.getOffset());
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
