package io.github.ballkit.core.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map that holds its values weakly: a value lives as long as something else references it, and
 * its entry is dropped once the garbage collector has taken it.
 *
 * <p>Hand-written (about what Guava's {@code MapMaker().weakValues()} or Caffeine's {@code
 * weakValues()} do) because the runtime needs only this one operation and neither library is
 * otherwise a dependency. It is guarded by one lock: it is used when a client is built, not per
 * call.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class WeakValueMap<K, V> {
  private final Map<K, Entry<K, V>> entries = new HashMap<>();
  private final ReferenceQueue<V> collected = new ReferenceQueue<>();

  /**
   * Returns the live value of a key, creating it when there is none.
   *
   * @param key the key
   * @param create makes the value when the key has none, or its value was collected
   * @return the value; the caller must keep it referenced for as long as it should be shared
   */
  synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> create) {
    expunge();
    Entry<K, V> entry = entries.get(key);
    V value = entry == null ? null : entry.get();
    if (value == null) {
      value = create.apply(key);
      entries.put(key, new Entry<>(key, value, collected));
    }
    return value;
  }

  /**
   * Tells whether a key has an entry, after dropping those whose value was collected.
   *
   * @param key the key
   * @return true while its value lives
   */
  synchronized boolean containsKey(K key) {
    expunge();
    return entries.containsKey(key);
  }

  /** Drops the entries whose value the collector took (unless a new value replaced it since). */
  private void expunge() {
    for (Reference<? extends V> gone; (gone = collected.poll()) != null; ) {
      Entry<?, ?> entry = (Entry<?, ?>) gone;
      entries.remove(entry.key, entry);
    }
  }

  /** A weak reference to a value that remembers its key, so its entry can be found and dropped. */
  private static final class Entry<K, V> extends WeakReference<V> {
    private final K key;

    Entry(K key, V value, ReferenceQueue<V> queue) {
      super(value, queue);
      this.key = key;
    }
  }
}
