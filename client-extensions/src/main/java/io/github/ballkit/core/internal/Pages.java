package io.github.ballkit.core.internal;

import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
  private final String operation;
  private final Function<String, P> fetch;
  private final Function<P, List<T>> items;
  private final Function<P, String> next;
  private Iterator<T> current = Collections.emptyIterator();
  private String cursor;
  private boolean finished;

  private Pages(
      String operation,
      String firstCursor,
      Function<String, P> fetch,
      Function<P, List<T>> items,
      Function<P, String> next) {
    this.operation = operation;
    this.cursor = firstCursor;
    this.fetch = fetch;
    this.items = items;
    this.next = next;
  }

  /**
   * Iterates over every item of every page, fetching a page only when {@code hasNext} needs it.
   *
   * @param operation the list operation's operationId, for errors
   * @param firstCursor the cursor of the first page: the caller's own {@code after}, or {@code
   *     null} to start at the beginning
   * @param fetch fetches the page for a cursor
   * @param items the items of a page
   * @param next the page's {@code next} URL, {@code null} on the last page
   * @param <P> the page type
   * @param <T> the item type
   * @return a lazy iterator
   */
  public static <P, T> Iterator<T> iterator(
      String operation,
      String firstCursor,
      Function<String, P> fetch,
      Function<P, List<T>> items,
      Function<P, String> next) {
    return new Pages<>(operation, firstCursor, fetch, items, next);
  }

  /**
   * Streams what an iterator of {@link #iterator} yields, as lazily.
   *
   * @param items the iterator
   * @param <T> the item type
   * @return a lazy, sequential stream
   */
  public static <T> Stream<T> stream(Iterator<T> items) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
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
      current = list == null ? Collections.emptyIterator() : list.iterator();
      String nextCursor = page == null ? null : cursorOf(operation, next.apply(page));
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
   * @param operation the list operation, for errors
   * @param nextUrl the URL, or {@code null}
   * @return the decoded cursor, or {@code null} when there is none
   * @throws MalformedResponseException when {@code next} is not a URL, or has no {@code after}
   */
  static String cursorOf(String operation, String nextUrl) {
    if (nextUrl == null || nextUrl.isBlank()) {
      return null;
    }
    String query;
    try {
      query = URI.create(nextUrl.trim()).getRawQuery();
    } catch (IllegalArgumentException notAUri) {
      throw malformed(operation, "its next page URL is not a URL (" + notAUri.getMessage() + ")");
    }
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (name.equals("after") && eq >= 0) {
        String value;
        try {
          value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
          throw malformed(operation, "its next page URL has a malformed 'after': " + nextUrl);
        }
        return value.isEmpty() ? null : value;
      }
    }
    throw malformed(
        operation,
        "its next page URL carries no 'after' cursor, so paging cannot go on: " + nextUrl);
  }

  private static MalformedResponseException malformed(String operation, String problem) {
    return new MalformedResponseException(
        new ErrorDetails(operation, 200, Map.of(), null, null, null, null), problem);
  }
}
