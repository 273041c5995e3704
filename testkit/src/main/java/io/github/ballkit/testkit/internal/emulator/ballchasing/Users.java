package io.github.ballkit.testkit.internal.emulator.ballchasing;

import java.util.LinkedHashMap;
import java.util.Map;

/** One user per token, derived deterministically from it unless the test named the user. */
final class Users {
  private final Map<String, String> names;
  private final Map<String, User> byToken = new LinkedHashMap<>();

  Users(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  synchronized User forToken(String token) {
    return byToken.computeIfAbsent(
        token,
        t -> {
          long n = Math.floorMod((long) t.hashCode() * 2654435761L, 10_000_000_000L);
          String name = names.getOrDefault(t, String.format("Player-%04x", n & 0xffff));
          return new User(t, "7656119" + String.format("%010d", n), name);
        });
  }

  synchronized User bySteamId(String steamId) {
    return byToken.values().stream()
        .filter(u -> u.steamId().equals(steamId))
        .findFirst()
        .orElse(null);
  }
}
