package io.github.ballkit.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local ballchasing server that enforces per-second rate limits the way the spec describes them:
 * per token and per rate-limit class, at most {@code limit} accepted requests in any sliding 1 s
 * window, counted when the request arrives. A request over the limit is answered 429 with {@code
 * Retry-After: 1} and does not count. Only {@code GET /replays/{id}} (class {@code item}) is
 * served; hourly limits are not enforced (a 10 s run cannot reach them).
 */
final class TierServer implements AutoCloseable {
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Duration answerDelay;
  private final LocalServer server;

  /**
   * Starts the server.
   *
   * @param answerDelay how long after counting a request of a limited token the server answers it
   *     (0 for at once)
   */
  TierServer(Duration answerDelay) {
    this.answerDelay = answerDelay;
    this.server = LocalServer.start(this::handle);
  }

  String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Registers a token with its per-second limit for the {@code item} class.
   *
   * @param token the raw token, as ballchasing expects it in {@code Authorization}
   * @param itemPerSecond the limit; 0 for none
   * @return the token's counters
   */
  Account register(String token, int itemPerSecond) {
    Account account = new Account(itemPerSecond);
    accounts.put(token, account);
    return account;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!exchange.getRequestMethod().equals("GET")
        || !path.startsWith("/replays/")
        || path.indexOf('/', "/replays/".length()) >= 0) {
      LocalServer.respond(exchange, 404, "application/json", Fixtures.NOT_FOUND_JSON);
      return;
    }
    String token = exchange.getRequestHeaders().getFirst("Authorization");
    Account account = token == null ? null : accounts.get(token);
    if (account == null) {
      LocalServer.respond(exchange, 401, "application/json", Fixtures.NOT_FOUND_JSON);
      return;
    }
    boolean admitted = account.admit(System.nanoTime());
    if (!answerDelay.isZero() && account.limited()) {
      try {
        Thread.sleep(answerDelay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (admitted) {
      LocalServer.respond(exchange, 200, "application/json", Fixtures.REPLAY_JSON);
    } else {
      exchange.getResponseHeaders().set("Retry-After", "1");
      LocalServer.respond(exchange, 429, "application/json", Fixtures.RATE_LIMITED_JSON);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /** One token's sliding window (class {@code item}) and what the server answered it. */
  static final class Account {
    private final int limit;
    private final Deque<Long> admitted = new ArrayDeque<>();
    private final List<String> details = new ArrayList<>();
    private final List<Long> acceptedAt = new ArrayList<>();
    private long firstArrival = -1;
    private long accepted;
    private long rejectedFirstSecond;
    private long rejectedLater;
    private double maxEarlyLaterMillis;

    Account(int limit) {
      this.limit = limit;
    }

    /**
     * Admits a request arriving at {@code now} if fewer than the limit arrived in (now-1s, now].
     */
    synchronized boolean admit(long now) {
      if (limit <= 0) {
        return true;
      }
      if (firstArrival < 0) {
        firstArrival = now;
      }
      while (!admitted.isEmpty() && admitted.peekFirst() + WINDOW_NANOS <= now) {
        admitted.pollFirst();
      }
      if (admitted.size() >= limit) {
        double sinceFirst = (now - firstArrival) / 1e9;
        double earlyMillis = (admitted.peekFirst() + WINDOW_NANOS - now) / 1e6;
        if (sinceFirst < 1.0) {
          rejectedFirstSecond++;
        } else {
          rejectedLater++;
          maxEarlyLaterMillis = Math.max(maxEarlyLaterMillis, earlyMillis);
        }
        if (details.size() < 40) {
          details.add(
              String.format(
                  Locale.ROOT,
                  "429 at t=%.4f s (from the token's first request), %.3f ms before the"
                      + " oldest request in the window left it",
                  sinceFirst,
                  earlyMillis));
        }
        return false;
      }
      admitted.addLast(now);
      acceptedAt.add(now);
      accepted++;
      return true;
    }

    /** Whether the token has a limit (the warm-up token has none, and is answered at once). */
    boolean limited() {
      return limit > 0;
    }

    synchronized long accepted() {
      return accepted;
    }

    /** When each accepted request arrived ({@link System#nanoTime()}), in order. */
    synchronized List<Long> acceptedAt() {
      return List.copyOf(acceptedAt);
    }

    synchronized long rejected() {
      return rejectedFirstSecond + rejectedLater;
    }

    /** 429s sent within 1 s of the token's first request (before any window could slide). */
    synchronized long rejectedFirstSecond() {
      return rejectedFirstSecond;
    }

    synchronized long rejectedLater() {
      return rejectedLater;
    }

    /** For 429s after the first second: the most any arrived before the window allowed it. */
    synchronized double maxEarlyLaterMillis() {
      return maxEarlyLaterMillis;
    }

    /** The first 40 rejections: when, and how early. */
    synchronized List<String> details() {
      return List.copyOf(details);
    }
  }
}
