package io.github.ballkit.redis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The epoch of each history this process has used lately: Redis names a history's lifetime with
 * one, so a history found under another epoch (or none) was lost, not new. Bounded: a process
 * serving many tokens forgets the least recently used, which only skips the quiet period for them.
 */
final class Epochs {
  private static final int LIMIT = 10_000;

  private final Map<String, String> byGroup =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > LIMIT;
        }
      };

  synchronized String known(String group) {
    return byGroup.get(group);
  }

  synchronized void remember(String group, String epoch) {
    byGroup.put(group, epoch);
  }
}
