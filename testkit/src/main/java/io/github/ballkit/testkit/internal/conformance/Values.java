package io.github.ballkit.testkit.internal.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The ids a tour works with, by kind ({@code replay}, {@code workspace}): spec examples at first,
 * replaced by ids the server handed out (listed or created). A view with {@linkplain #unknown()
 * unknown ids} answers every kind with an id of the same shape that no server has, for the "unknown
 * id" case. What a write created is kept with the call that removes it, so the tour can clean up.
 *
 * @param <C> the client type
 */
public final class Values<C> {
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,}");

  private final Map<String, String> ids;
  private final Map<String, String> examples;
  private final Map<String, Consumer<C>> cleanups;
  private final boolean unknown;

  Values() {
    this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), false);
  }

  private Values(
      Map<String, String> ids,
      Map<String, String> examples,
      Map<String, Consumer<C>> cleanups,
      boolean unknown) {
    this.ids = ids;
    this.examples = examples;
    this.cleanups = cleanups;
    this.unknown = unknown;
  }

  /**
   * The same ids, each replaced by one of its shape that no server has.
   *
   * @return the view; it remembers nothing
   */
  Values<C> unknown() {
    return new Values<>(ids, examples, cleanups, true);
  }

  /**
   * The id of a kind.
   *
   * @param kind such as {@code replay}
   * @param fallbacks kinds to use, in order, when the server handed out none of {@code kind}
   * @return the first id the server handed out (created or listed), else the spec's example of
   *     {@code kind} (or, in the unknown view, an id of the same shape that does not exist)
   */
  public String id(String kind, String... fallbacks) {
    String known = ids.get(kind);
    for (int i = 0; known == null && i < fallbacks.length; i++) {
      known = ids.get(fallbacks[i]);
    }
    if (known == null) {
      known = examples.getOrDefault(kind, "x");
    }
    if (!unknown) {
      return known;
    }
    if (UUID.matcher(known).matches()) {
      return "00000000-0000-4000-8000-000000000000";
    }
    if (HEX.matcher(known).matches()) {
      return "0".repeat(known.length());
    }
    if (known.contains("/") && known.contains(".")) {
      return "ballkit-unknown/missing.txt";
    }
    return "ballkit-unknown-" + kind;
  }

  /**
   * Uses an id the server handed out from now on.
   *
   * @param kind the kind
   * @param id the id (ignored when null or in the unknown view)
   */
  public void remember(String kind, String id) {
    if (!unknown && id != null && !id.isEmpty()) {
      ids.put(kind, id);
    }
  }

  /**
   * Sets the starting id of a kind (a spec example).
   *
   * @param kind the kind
   * @param example the example
   */
  void example(String kind, String example) {
    examples.putIfAbsent(kind, example);
  }

  /**
   * Uses an id the tour created, and remembers how to remove it.
   *
   * @param kind the kind
   * @param id the id
   * @param remove removes it with a client
   */
  public void created(String kind, String id, Consumer<C> remove) {
    if (!unknown && id != null) {
      ids.put(kind, id);
      cleanups.put(kind + ":" + id, remove);
    }
  }

  /**
   * Marks what the tour created of a kind as removed.
   *
   * @param kind the kind
   */
  public void removed(String kind) {
    if (!unknown) {
      cleanups.remove(kind + ":" + ids.remove(kind));
    }
  }

  /** What was created and not removed yet, newest first (children before their parents). */
  List<Consumer<C>> pendingCleanups() {
    List<Consumer<C>> out = new ArrayList<>(cleanups.values());
    java.util.Collections.reverse(out);
    return out;
  }
}
