package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.testkit.internal.emulator.ApiError;
import io.github.ballkit.testkit.internal.emulator.EmulatorRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cursor paging as ballchasing does it: a page of {@code count} items and, when more follow, a
 * {@code next} URL carrying an opaque {@code after} cursor (base64 of {@code <sort key>_<id>}). The
 * cursor holds only the position: the filters always come from the request, so a client that
 * re-sends its filters with {@code after} gets them honoured.
 */
final class Paging {
  private Paging() {}

  /** One page and the cursor of its last item (null on the last page). */
  record Page<T>(List<T> items, String nextCursor) {}

  /** Sort position of an item: a key that sorts as text, and the id as tie-breaker. */
  record Position(String key, String id) {}

  static int count(EmulatorRequest request) {
    String raw = request.param("count").orElse("150");
    try {
      int count = Integer.parseInt(raw);
      if (count < 1 || count > 200) {
        throw new NumberFormatException();
      }
      return count;
    } catch (NumberFormatException e) {
      throw new ApiError(400, "", "count must be between 1 and 200");
    }
  }

  static <T> Page<T> page(
      List<T> matching,
      Function<T, Position> position,
      boolean descending,
      EmulatorRequest request) {
    Comparator<Position> order = Comparator.comparing(Position::key).thenComparing(Position::id);
    if (descending) {
      order = order.reversed();
    }
    Comparator<Position> finalOrder = order;
    List<T> sorted = new ArrayList<>(matching);
    sorted.sort((a, b) -> finalOrder.compare(position.apply(a), position.apply(b)));
    Position after = request.param("after").map(Paging::decode).orElse(null);
    List<T> rest =
        after == null
            ? sorted
            : sorted.stream()
                .filter(t -> finalOrder.compare(position.apply(t), after) > 0)
                .toList();
    int count = count(request);
    List<T> items = rest.subList(0, Math.min(count, rest.size()));
    String next = rest.size() > count ? encode(position.apply(items.get(items.size() - 1))) : null;
    return new Page<>(List.copyOf(items), next);
  }

  static String nextUrl(String listUrl, EmulatorRequest request, String cursor) {
    StringBuilder url = new StringBuilder(listUrl).append("?after=").append(enc(cursor));
    for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
      if (e.getKey().equals("after")) {
        continue;
      }
      for (String value : e.getValue()) {
        url.append('&').append(enc(e.getKey())).append('=').append(enc(value));
      }
    }
    return url.toString();
  }

  static String timeKey(java.time.Instant instant) {
    return String.format("%015d", instant.toEpochMilli());
  }

  private static String encode(Position p) {
    return Base64.getEncoder()
        .encodeToString((p.key() + "_" + p.id()).getBytes(StandardCharsets.UTF_8));
  }

  private static Position decode(String cursor) {
    try {
      String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
      int cut = text.lastIndexOf('_');
      if (cut < 0) {
        throw new IllegalArgumentException();
      }
      return new Position(text.substring(0, cut), text.substring(cut + 1));
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "", "invalid after cursor");
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
