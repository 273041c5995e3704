package io.github.ballkit.testkit.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Cuts the part a JSON pointer addresses out of a body, short enough for a failure message. */
final class BodyExcerpt {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX = 300;

  private BodyExcerpt() {}

  static String at(String body, String pointer) {
    if (body == null || body.isBlank()) {
      return "";
    }
    boolean atRoot = pointer == null || pointer.isEmpty() || pointer.equals("/");
    String where = atRoot ? "/" : pointer;
    try {
      JsonNode root = JSON.readTree(body);
      JsonNode node = atRoot ? root : root.at(JsonPointer.compile(pointer));
      String text = node.isMissingNode() ? "(missing)" : JSON.writeValueAsString(node);
      return where + " = " + shorten(text);
    } catch (Exception notJson) {
      return "body = " + shorten(body);
    }
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX) + "...";
  }
}
