package io.github.ballkit.testkit.internal.emulator.ballistica;

import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.testkit.internal.emulator.ApiError;
import io.github.ballkit.testkit.internal.emulator.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Accounts: one per bearer token, created on first use. */
final class Accounts {
  record Account(String id, String tag, Instant created, int activeDays) {}

  private final Clock clock;
  private final Map<String, String> tags;
  private final Map<String, Account> byToken = new LinkedHashMap<>();

  Accounts(Clock clock, Map<String, String> tags) {
    this.clock = clock;
    this.tags = Map.copyOf(tags);
    tags.keySet().forEach(this::forToken);
  }

  Account forToken(String token) {
    return byToken.computeIfAbsent(
        token,
        t -> {
          int n = Math.floorMod(t.hashCode(), 90_000) + 10_000;
          String tag = tags.getOrDefault(t, String.format("Player%04x", n & 0xffff));
          return new Account("a-" + n, tag, clock.instant().minus(Duration.ofDays(30)), 1 + n % 30);
        });
  }

  AccountResponse byId(String id, String caller) {
    String wanted = id.equals("me") ? caller : id;
    return byToken.values().stream()
        .filter(a -> a.id().equals(wanted))
        .findFirst()
        .map(this::json)
        .orElseThrow(() -> new ApiError(404, "not_found", "Account not found."));
  }

  AccountResponse byTag(String tag) {
    return byToken.values().stream()
        .filter(a -> a.tag().equals(tag))
        .findFirst()
        .map(this::json)
        .orElseThrow(() -> new ApiError(404, "not_found", "Account not found."));
  }

  private AccountResponse json(Account a) {
    return AccountResponse.builder()
        .id(a.id())
        .tag(a.tag())
        .createTime(Times.utcTime(a.created()))
        .lastActiveDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .totalActiveDays(a.activeDays())
        .build();
  }
}
