package io.github.ballkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for a token in everything an exception lets a caller reach: its message, {@code toString}
 * and stack trace, its causes and suppressed exceptions, and every object its fields lead to (a
 * Feign exception's request with its headers, a response's headers and body), down to strings and
 * byte arrays. Objects of the JDK are read through their public face ({@code toString}, collection
 * and map contents) since their fields are closed to reflection.
 */
public final class TokenLeaks {
  private static final int MAX_DEPTH = 12;

  private TokenLeaks() {}

  /**
   * Fails when the token can be found anywhere reachable from the exception.
   *
   * @param error the exception a call threw
   * @param token the token
   */
  public static void assertNone(Throwable error, String token) {
    assertThat(error).as("the call failed").isNotNull();
    List<String> found = new ArrayList<>();
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    if (trace.toString().contains(token)) {
      found.add("the stack trace");
    }
    walk(error, "error", token, found, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    assertThat(found).as("places where the token shows").isEmpty();
  }

  private static void walk(
      Object value, String path, String token, List<String> found, Set<Object> seen, int depth) {
    if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
      return;
    }
    if (value instanceof CharSequence text) {
      if (text.toString().contains(token)) {
        found.add(path);
      }
      return;
    }
    if (value instanceof byte[] bytes) {
      if (new String(bytes, StandardCharsets.ISO_8859_1).contains(token)) {
        found.add(path);
      }
      return;
    }
    if (value instanceof Throwable throwable) {
      check(String.valueOf(throwable.getMessage()), path + ".getMessage()", token, found);
      check(throwable.toString(), path + ".toString()", token, found);
      walk(throwable.getCause(), path + ".getCause()", token, found, seen, depth + 1);
      Throwable[] suppressed = throwable.getSuppressed();
      for (int i = 0; i < suppressed.length; i++) {
        walk(suppressed[i], path + ".suppressed[" + i + "]", token, found, seen, depth + 1);
      }
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, item) -> {
            walk(key, path + ".key", token, found, seen, depth + 1);
            walk(item, path + "[" + key + "]", token, found, seen, depth + 1);
          });
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", token, found, seen, depth + 1);
      }
      return;
    }
    if (value instanceof Object[] items) {
      for (int i = 0; i < items.length; i++) {
        walk(items[i], path + "[" + i + "]", token, found, seen, depth + 1);
      }
      return;
    }
    check(String.valueOf(value), path + ".toString()", token, found);
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().startsWith("java.") || type.getName().startsWith("jdk.")) {
        continue; // closed to reflection: read through toString and the cases above
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        try {
          field.setAccessible(true);
          walk(field.get(value), path + "." + field.getName(), token, found, seen, depth + 1);
        } catch (RuntimeException | IllegalAccessException closed) {
          // a field that cannot be opened is no way in for a caller either
        }
      }
    }
  }

  private static void check(String text, String path, String token, List<String> found) {
    if (text.contains(token)) {
      found.add(path);
    }
  }
}
