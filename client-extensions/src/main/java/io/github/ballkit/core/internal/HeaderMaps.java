package io.github.ballkit.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Response headers as the public API shows them. */
public final class HeaderMaps {
  private HeaderMaps() {}

  /**
   * Copies headers into an unmodifiable map with case-insensitive names, without the HTTP/2
   * pseudo-headers ({@code :status}): those are part of the frame, not headers the server sent. The
   * map is serializable, as the exceptions carrying it are.
   *
   * @param headers the headers, possibly {@code null}
   * @return the copy
   */
  public static Map<String, List<String>> copyOf(
      Map<String, ? extends Collection<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach(
          (name, values) -> {
            if (name != null && !name.startsWith(":") && values != null) {
              copy.put(name, List.copyOf(values));
            }
          });
    }
    return Collections.unmodifiableMap(copy);
  }
}
