package io.github.ballkit.bench;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.bucket4j.Bucket;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rate-limit utilisation: how close the client gets to a tier's limit against a local server that
 * enforces it ({@link TierServer}), and how many 429s the server had to send.
 *
 * <p>For each tier ({@code regular}: item 2/s; {@code gc}: item 16/s) and thread count (1, 4, 16),
 * the threads call {@code GET /replays/{id}} (class {@code item}) back to back for the run's
 * duration. Each run uses a fresh token, so neither the server's window nor ballkit's per-token
 * limiter carries anything over from the previous run. All clients share one {@code HttpClient},
 * warmed up beforehand, so none pays for a cold connection pool. Clients compared:
 *
 * <ul>
 *   <li>{@code ballkit}: {@code BallchasingClient} with {@code .tier(...)}, i.e. its sliding-window
 *       limiter and its handling of 429 (pause the class for {@code Retry-After}, then retry);
 *   <li>{@code naive}: a bare {@code HttpClient} with no limiter that just sends the next request;
 *   <li>{@code bucket4j}: a bare {@code HttpClient} behind a Bucket4j token bucket configured the
 *       usual way for "N per second" (capacity N, greedy refill of N per second);
 *   <li>{@code bucket4j-smooth}: the same with capacity 1 (no burst), so requests go out evenly
 *       spaced at 1/N s: the Bucket4j set-up that cannot over-admit in the first second.
 * </ul>
 *
 * <p>{@code --latency-ms=L} makes the server answer L ms after it has counted a request (the worst
 * case for a client that starts a window when the answer arrives), to show what the round trip
 * costs in utilisation.
 *
 * <p>Achieved requests/s counts the 200 responses the client received before the run's end, over
 * the run's duration. The 429 count is what the server sent for the run's token, including requests
 * still in flight when the run ended.
 *
 * <p>Options: {@code --seconds=10 --threads=1,4,16 --tiers=regular,gc
 * --clients=ballkit,naive,bucket4j,bucket4j-smooth --latency-ms=0 --verbose=false} ({@code
 * --verbose=true} prints when each 429 came and how early it arrived).
 */
public final class RateLimitUtilisation {
  private static final Map<String, PatronTier> TIERS =
      Map.of("regular", PatronTier.REGULAR, "gc", PatronTier.GC);
  private static final Map<String, Integer> ITEM_PER_SECOND = Map.of("regular", 2, "gc", 16);

  private RateLimitUtilisation() {}

  /**
   * Runs every combination and prints a Markdown table.
   *
   * @param args options, see the class comment
   * @throws Exception when the server cannot start
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
    List<Integer> threadCounts =
        Arrays.stream(options.getOrDefault("threads", "1,4,16").split(","))
            .map(Integer::valueOf)
            .toList();
    List<String> tiers = List.of(options.getOrDefault("tiers", "regular,gc").split(","));
    boolean verbose = Boolean.parseBoolean(options.getOrDefault("verbose", "false"));
    List<String> clients =
        List.of(
            options.getOrDefault("clients", "ballkit,naive,bucket4j,bucket4j-smooth").split(","));
    Duration latency = Duration.ofMillis(Long.parseLong(options.getOrDefault("latency-ms", "0")));

    System.out.printf(
        Locale.ROOT,
        "Java %s, %d available processors, %d s per run, server answers %d ms after counting%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        seconds,
        latency.toMillis());
    List<String> rows = new ArrayList<>();
    try (TierServer server = new TierServer(latency)) {
      HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      warmUp(server, raw);
      for (String tier : tiers) {
        for (String client : clients) {
          for (int threads : threadCounts) {
            String row =
                run(server, raw, tier, client, threads, Duration.ofSeconds(seconds), verbose);
            System.out.println(row);
            rows.add(row);
          }
        }
      }
    }
    System.out.println();
    System.out.println(
        "| client | tier | threads | limit (req/s) | 200s in window | achieved (req/s) |"
            + " utilisation | 429s sent | in 1st second | later | later 429s: max ms early |"
            + " client errors | load avg (1 min) at end |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private static String run(
      TierServer server,
      HttpClient raw,
      String tier,
      String client,
      int threads,
      Duration duration,
      boolean verbose)
      throws InterruptedException {
    int limit = ITEM_PER_SECOND.get(tier);
    String token = "bench-" + tier + "-" + client + "-" + threads + "-" + System.nanoTime();
    TierServer.Account account = server.register(token, limit);
    Call call = call(client, server, raw, tier, token, limit);

    AtomicLong okInWindow = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    Map<String, Long> errorKinds = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int i = 0; i < threads; i++) {
      pool.execute(
          () -> {
            while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
              try {
                boolean ok = call.send();
                if (ok && System.nanoTime() <= end) {
                  okInWindow.incrementAndGet();
                }
              } catch (Exception e) {
                if (System.nanoTime() <= end && !Thread.currentThread().isInterrupted()) {
                  errors.incrementAndGet();
                  synchronized (errorKinds) {
                    errorKinds.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                  }
                }
              }
            }
          });
    }
    long sleepNanos = end - System.nanoTime();
    if (sleepNanos > 0) {
      TimeUnit.NANOSECONDS.sleep(sleepNanos);
    }
    // Calls still waiting for a permit at the end are interrupted; they are not counted.
    pool.shutdownNow();
    if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      System.err.println("warning: some calls did not finish within 60 s of the run's end");
    }
    if (verbose) {
      account.details().forEach(line -> System.out.println("  " + token + ": " + line));
    }
    double seconds = duration.toNanos() / 1e9;
    double achieved = okInWindow.get() / seconds;
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %d | %d | %.2f | %.1f %% | %d | %d | %d | %s | %s | %.1f |",
        client,
        tier,
        threads,
        limit,
        okInWindow.get(),
        achieved,
        100.0 * achieved / limit,
        account.rejected(),
        account.rejectedFirstSecond(),
        account.rejectedLater(),
        account.rejectedLater() == 0
            ? "-"
            : String.format(Locale.ROOT, "%.3f", account.maxEarlyLaterMillis()),
        errors.get() == 0 ? "0" : errors.get() + " " + errorKinds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** One request; {@code true} for a 200. */
  @FunctionalInterface
  private interface Call {
    boolean send() throws Exception;
  }

  private static Call call(
      String client, TierServer server, HttpClient raw, String tier, String token, int limit) {
    URI uri = URI.create(server.baseUrl() + "/replays/" + Fixtures.REPLAY_ID);
    switch (client) {
      case "ballkit":
        BallchasingClient ballkit =
            BallchasingClient.builder()
                .token(token)
                .baseUrl(server.baseUrl())
                .tier(TIERS.get(tier))
                // The same warm connection pool as the raw clients, so no client pays a cold start.
                .httpClient(raw)
                .build();
        return () -> ballkit.replays().getReplay(Fixtures.REPLAY_ID) != null;
      case "naive":
        return () -> rawGet(raw, uri, token) == 200;
      case "bucket4j":
      case "bucket4j-smooth":
        int capacity = client.equals("bucket4j") ? limit : 1;
        Bucket bucket =
            Bucket.builder()
                .addLimit(
                    bandwidth ->
                        bandwidth.capacity(capacity).refillGreedy(limit, Duration.ofSeconds(1)))
                .build();
        return () -> {
          bucket.asBlocking().consume(1);
          return rawGet(raw, uri, token) == 200;
        };
      default:
        throw new IllegalArgumentException("unknown client " + client);
    }
  }

  private static int rawGet(HttpClient raw, URI uri, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", token)
            .header("Accept", "application/json")
            .GET()
            .build();
    return raw.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Loads and compiles the code paths with an unlimited token before anything is measured. */
  private static void warmUp(TierServer server, HttpClient raw) throws Exception {
    String token = "bench-warm-up";
    server.register(token, 0);
    BallchasingClient client =
        BallchasingClient.builder().token(token).baseUrl(server.baseUrl()).noRateLimits().build();
    URI uri = URI.create(server.baseUrl() + "/replays/" + Fixtures.REPLAY_ID);
    for (int i = 0; i < 2_000; i++) {
      client.replays().getReplay(Fixtures.REPLAY_ID);
      rawGet(raw, uri, token);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new TreeMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      int equals = arg.indexOf('=');
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return options;
  }
}
