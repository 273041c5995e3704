package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.testkit.internal.ApiSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-tier limits of each rate-limit class, read from the spec's {@code x-rate-limits} and
 * {@code x-tier-aliases}, enforced per token and class with sliding windows on the injected clock.
 * Hand-written (a few lines) rather than a token-bucket library because the emulator must answer
 * the exact wait in {@code Retry-After} and run on a test clock.
 */
final class RateLimits {
  private record Window(Duration length, int limit) {}

  private final Clock clock;
  private final Map<String, List<Window>> windowsByClass;
  private final Map<String, Deque<Instant>> calls = new HashMap<>();

  RateLimits(ApiSpec spec, String tier, Clock clock) {
    this.clock = clock;
    this.windowsByClass = readTable(spec, tier);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<Window>> readTable(ApiSpec spec, String tier) {
    Map<String, Object> aliases =
        (Map<String, Object>) spec.extension("x-tier-aliases").orElse(Map.of());
    String effective = aliases.containsKey(tier) ? aliases.get(tier).toString() : tier;
    Map<String, Object> table =
        (Map<String, Object>) spec.extension("x-rate-limits").orElse(Map.of());
    Object row = table.get(effective);
    if (row == null) {
      throw new IllegalArgumentException(
          "unknown tier '"
              + tier
              + "'; the spec knows "
              + table.keySet()
              + " and "
              + aliases.keySet());
    }
    Map<String, List<Window>> out = new HashMap<>();
    ((Map<String, Object>) row)
        .forEach(
            (cls, limits) -> {
              Map<String, Object> l = (Map<String, Object>) limits;
              List<Window> windows = new ArrayList<>();
              if (l.get("per-second") != null) {
                windows.add(new Window(Duration.ofSeconds(1), toInt(l.get("per-second"))));
              }
              if (l.get("per-hour") != null) {
                windows.add(new Window(Duration.ofHours(1), toInt(l.get("per-hour"))));
              }
              out.put(cls, List.copyOf(windows));
            });
    return out;
  }

  private static int toInt(Object value) {
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
  }

  /**
   * Counts a call, or says how long to wait when a window is full.
   *
   * @param token the caller
   * @param rateClass the operation's class
   * @return the wait, or empty when the call may proceed (and was counted)
   */
  synchronized Optional<Duration> acquire(String token, String rateClass) {
    List<Window> windows = windowsByClass.getOrDefault(rateClass, List.of());
    if (windows.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Deque<Instant> log = calls.computeIfAbsent(token + "|" + rateClass, k -> new ArrayDeque<>());
    Duration longest = windows.stream().map(Window::length).max(Duration::compareTo).orElseThrow();
    while (!log.isEmpty() && !log.peekFirst().isAfter(now.minus(longest))) {
      log.pollFirst();
    }
    Duration wait = Duration.ZERO;
    for (Window w : windows) {
      Instant start = now.minus(w.length());
      List<Instant> inWindow = log.stream().filter(t -> t.isAfter(start)).toList();
      if (inWindow.size() >= w.limit()) {
        Instant frees = inWindow.get(inWindow.size() - w.limit()).plus(w.length());
        Duration untilFree = Duration.between(now, frees);
        if (untilFree.compareTo(wait) > 0) {
          wait = untilFree;
        }
      }
    }
    if (!wait.isZero()) {
      return Optional.of(wait);
    }
    log.addLast(now);
    return Optional.empty();
  }
}
