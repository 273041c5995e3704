package io.github.ballkit.redis;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local ballchasing server that serves {@code GET /replays} (class {@code list}) and {@code GET
 * /replays/{id}} (class {@code item}) and, for a token registered with a limit, enforces it the way
 * the real server is said to: per token and class, at most {@code limit} accepted requests in any
 * sliding second, counted when the request arrives; a request over it is answered 429 with {@code
 * Retry-After: 1} and not counted. Arrival times come from the given clock, so tests with a fake
 * clock see when each call was sent in simulated time.
 */
final class LocalBallchasing implements AutoCloseable {
  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  LocalBallchasing(Clock clock) {
    // Without it, a response's header and body writes wait for the client's delayed ACK (~40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.clock = clock;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the local server", e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Registers a token.
   *
   * @param token the raw token
   * @param perSecond the limit of each class; 0 for none
   * @return the token's counters
   */
  Account register(String token, int perSecond) {
    Account account = new Account(perSecond);
    accounts.put(token, account);
    return account;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Account account =
        accounts.get(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    if (account == null) {
      respond(exchange, 401, "{\"error\":\"unknown token\"}");
      return;
    }
    String rateLimitClass = path.equals("/replays") ? "list" : "item";
    Duration refusal = account.arrive(rateLimitClass, clock.instant());
    if (refusal != null) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(refusal.toSeconds()));
      respond(exchange, 429, "{\"error\":\"rate limited\"}");
    } else if (rateLimitClass.equals("list")) {
      respond(exchange, 200, "{\"count\":0,\"list\":[]}");
    } else {
      respond(
          exchange,
          200,
          "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\",\"status\":\"ok\"}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** One token: its windows, what arrived and what was refused. */
  static final class Account {
    private final int perSecond;
    private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
    private final List<Instant> accepted = new ArrayList<>();
    private int refused;
    private Duration refuseNext;

    Account(int perSecond) {
      this.perSecond = perSecond;
    }

    /** Answers the next request 429 with this {@code Retry-After}, whatever the limit. */
    synchronized void refuseNext(Duration retryAfter) {
      refuseNext = retryAfter;
    }

    /** Returns {@code null} to accept, else the {@code Retry-After} of the 429. */
    synchronized Duration arrive(String rateLimitClass, Instant now) {
      if (refuseNext != null) {
        Duration retryAfter = refuseNext;
        refuseNext = null;
        refused++;
        return retryAfter;
      }
      if (perSecond > 0) {
        Deque<Instant> window = windows.computeIfAbsent(rateLimitClass, c -> new ArrayDeque<>());
        while (!window.isEmpty() && !window.peekFirst().plusSeconds(1).isAfter(now)) {
          window.pollFirst();
        }
        if (window.size() >= perSecond) {
          refused++;
          return Duration.ofSeconds(1);
        }
        window.addLast(now);
      }
      accepted.add(now);
      return null;
    }

    /** When each accepted request arrived, in order. */
    synchronized List<Instant> accepted() {
      return List.copyOf(accepted);
    }

    synchronized int refused() {
      return refused;
    }
  }
}
