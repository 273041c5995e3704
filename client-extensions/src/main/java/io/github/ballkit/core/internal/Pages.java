package io.github.ballkit.core.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy iteration over a cursor-paged list. Each page after the first is fetched with the caller's
 * own query plus the {@code after} cursor taken from the previous page's {@code next} URL:
 * following {@code next} as-is has lost filters on ballchasing (pychasing 0.1.7 and
 * python-ballchasing 0.1.22 both had to switch to this).
 *
 * @param <P> the page type
 * @param <T> the item type
 */
public final class Pages<P, T> implements Iterator<T> {
  private final Function<String, P> fetch;
  private final Function<P, List<T>> items;
  private final Function<P, String> next;
  private Iterator<T> current = java.util.Collections.emptyIterator();
  private String cursor;
  private boolean finished;

  private Pages(Function<String, P> fetch, Function<P, List<T>> items, Function<P, String> next) {
    this.fetch = fetch;
    this.items = items;
    this.next = next;
  }

  /**
   * Streams every item of every page, fetching pages only as the stream needs them.
   *
   * @param fetch fetches the page for a cursor ({@code null} for the first page)
   * @param items the items of a page
   * @param next the page's {@code next} URL, {@code null} on the last page
   * @param <P> the page type
   * @param <T> the item type
   * @return a lazy, sequential stream
   */
  public static <P, T> Stream<T> stream(
      Function<String, P> fetch, Function<P, List<T>> items, Function<P, String> next) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new Pages<>(fetch, items, next), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (finished) {
        return false;
      }
      P page = fetch.apply(cursor);
      List<T> list = page == null ? null : items.apply(page);
      current = list == null ? java.util.Collections.emptyIterator() : list.iterator();
      String nextCursor = page == null ? null : cursorOf(next.apply(page));
      // Stop on the last page, on an empty page, and when the cursor does not move (a loop guard).
      if (nextCursor == null || nextCursor.equals(cursor) || list == null || list.isEmpty()) {
        finished = true;
      }
      cursor = nextCursor;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /**
   * Reads the {@code after} parameter of a {@code next} URL.
   *
   * @param nextUrl the URL, or {@code null}
   * @return the decoded cursor, or {@code null} when there is none
   */
  static String cursorOf(String nextUrl) {
    if (nextUrl == null || nextUrl.isBlank()) {
      return null;
    }
    String query = URI.create(nextUrl.trim()).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (name.equals("after") && eq >= 0) {
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        return value.isEmpty() ? null : value;
      }
    }
    throw new IllegalStateException(
        "the page's next URL carries no 'after' cursor, so paging cannot go on: " + nextUrl);
  }
}
