package io.github.ballkit.bench;

import io.github.ballkit.core.RateLimitStore;
import io.github.ballkit.redis.RedisRateLimitStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several processes on one token: P worker JVMs ({@link SharedRateLimitWorker}) × T threads call
 * {@code GET /replays/{id}} (class {@code item}) back to back on one token against {@link
 * TierServer}, which enforces the tier's per-second limit when each request arrives.
 *
 * <p>Scenarios, each on a fresh token:
 *
 * <ul>
 *   <li>{@code redis}: every worker's client uses one {@code RedisRateLimitStore} (ballkit-redis);
 *   <li>{@code local}: the default in-process limiter in each worker, as before the store existed;
 *   <li>{@code restart}: {@code redis}, and Redis is stopped and started again (keys lost) at
 *       {@code --event-at} seconds;
 *   <li>{@code outage}: {@code redis}, and Redis is down for {@code --outage-ms} from {@code
 *       --event-at};
 *   <li>{@code outage-fallback}: the same with the store set to fall back to local limits.
 * </ul>
 *
 * <p>"Redis back" is when the restarted redis-server is ready; the first 200 after it comes once
 * Lettuce has reconnected and the store's quiet period after lost data has passed.
 *
 * <p>Options: {@code --seconds=20 --processes=4 --threads=4 --tiers=regular,gc
 * --scenarios=redis,local,restart,outage,outage-fallback --event-at=10 --outage-ms=3000
 * --cost=true} ({@code --cost} first measures what one store decision costs); with {@code
 * -Dbench.verbose=true} it prints when each 200 around the event arrived.
 */
public final class SharedRateLimits {
  private static final Map<String, Integer> ITEM_PER_SECOND = Map.of("regular", 2, "gc", 16);
  private static final Pattern RESULT =
      Pattern.compile("result ok=(\\d+) store-errors=(\\d+) other=\\{(.*)}");

  private SharedRateLimits() {}

  /**
   * Runs every combination and prints a Markdown table.
   *
   * @param args options, see the class comment
   * @throws Exception when a server or a worker cannot start
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new TreeMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    Settings settings =
        new Settings(
            Integer.parseInt(options.getOrDefault("seconds", "20")),
            Integer.parseInt(options.getOrDefault("processes", "4")),
            Integer.parseInt(options.getOrDefault("threads", "4")),
            Double.parseDouble(options.getOrDefault("event-at", "10")),
            Long.parseLong(options.getOrDefault("outage-ms", "3000")));
    List<String> tiers = List.of(options.getOrDefault("tiers", "regular,gc").split(","));
    List<String> scenarios =
        List.of(
            options
                .getOrDefault("scenarios", "redis,local,restart,outage,outage-fallback")
                .split(","));
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d processors, %d worker JVMs x %d threads, %d s per run%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        settings.processes,
        settings.threads,
        settings.seconds);
    List<String> rows = new ArrayList<>();
    try (TierServer server = new TierServer(java.time.Duration.ZERO);
        BenchRedis redis = BenchRedis.start()) {
      server.register("bench-warm-up", 0);
      if (!options.getOrDefault("cost", "true").equals("false")) {
        System.out.println(storeCost(redis));
      }
      for (String tier : tiers) {
        for (String scenario : scenarios) {
          String row = run(server, redis, settings, tier, scenario);
          System.out.println(row);
          rows.add(row);
        }
      }
    }
    System.out.println();
    System.out.println(
        "| scenario | tier | limit (req/s) | 200s in run | utilisation | 429s sent |"
            + " store errors | other errors | Redis away (ms) | first 200 after Redis back (ms) |"
            + " 200s in 2 s after back | load (1 min) |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private record Settings(
      int seconds, int processes, int threads, double eventAt, long outageMillis) {}

  private static String run(
      TierServer server, BenchRedis redis, Settings settings, String tier, String scenario)
      throws Exception {
    int limit = ITEM_PER_SECOND.get(tier);
    String token = "shared-" + tier + "-" + scenario + "-" + System.nanoTime();
    TierServer.Account account = server.register(token, limit);
    boolean store = !scenario.equals("local");
    List<Process> workers = new ArrayList<>();
    List<CompletableFuture<String>> results = new ArrayList<>();
    long down = -1;
    long up = -1;
    try {
      List<CompletableFuture<Void>> ready = new ArrayList<>();
      for (int i = 0; i < settings.processes; i++) {
        Process worker =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    SharedRateLimitWorker.class.getName(),
                    store ? redis.uri() : "none",
                    scenario.endsWith("fallback") ? "fallback" : "strict",
                    server.baseUrl(),
                    token,
                    tier,
                    Integer.toString(settings.threads),
                    Integer.toString(settings.seconds))
                .redirectErrorStream(true)
                .start();
        workers.add(worker);
        CompletableFuture<Void> isReady = new CompletableFuture<>();
        ready.add(isReady);
        results.add(CompletableFuture.supplyAsync(() -> read(worker, isReady)));
      }
      CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      for (Process worker : workers) {
        OutputStream go = worker.getOutputStream();
        go.write('\n');
        go.flush();
      }
      long start = System.nanoTime();
      if (scenario.equals("restart") || scenario.startsWith("outage")) {
        TimeUnit.NANOSECONDS.sleep(start + (long) (settings.eventAt * 1e9) - System.nanoTime());
        down = System.nanoTime();
        redis.down();
        if (scenario.startsWith("outage")) {
          TimeUnit.MILLISECONDS.sleep(settings.outageMillis);
        }
        redis.up();
        up = System.nanoTime();
      }
      long ok = 0;
      long storeErrors = 0;
      List<String> other = new ArrayList<>();
      for (CompletableFuture<String> result : results) {
        Matcher m = RESULT.matcher(result.get(settings.seconds + 60L, TimeUnit.SECONDS));
        if (!m.find()) {
          throw new IllegalStateException("a worker printed no result: " + result.get());
        }
        if (Long.parseLong(m.group(1)) == 0) {
          System.err.println("a worker got no 200; its output:\n" + result.get());
        }
        ok += Long.parseLong(m.group(1));
        storeErrors += Long.parseLong(m.group(2));
        if (!m.group(3).isEmpty()) {
          other.add(m.group(3));
        }
      }
      return row(scenario, tier, limit, settings, account, ok, storeErrors, other, down, up);
    } finally {
      workers.forEach(Process::destroyForcibly);
      if (!redis.isUp()) {
        redis.up();
      }
    }
  }

  private static String row(
      String scenario,
      String tier,
      int limit,
      Settings settings,
      TierServer.Account account,
      long ok,
      long storeErrors,
      List<String> other,
      long down,
      long up) {
    String away = "-";
    String firstAfter = "-";
    String afterBack = "-";
    if (down >= 0) {
      List<Long> accepted = account.acceptedAt();
      away = String.format(Locale.ROOT, "%.0f", (up - down) / 1e6);
      if (Boolean.getBoolean("bench.verbose")) {
        StringBuilder line =
            new StringBuilder("  200s around the event (ms from Redis going away):");
        accepted.stream()
            .filter(t -> t > down - 1_000_000_000L && t < up + 3_000_000_000L)
            .forEach(t -> line.append(String.format(Locale.ROOT, " %.0f", (t - down) / 1e6)));
        System.out.println(line);
      }
      long firstUp = accepted.stream().filter(t -> t >= up).findFirst().orElse(-1L);
      firstAfter = firstUp < 0 ? "none" : String.format(Locale.ROOT, "%.0f", (firstUp - up) / 1e6);
      long inTwo = accepted.stream().filter(t -> t >= up && t < up + 2_000_000_000L).count();
      afterBack = inTwo + " of " + 2 * limit;
    }
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %d | %.1f %% | %d | %d | %s | %s | %s | %s | %.1f |",
        scenario,
        tier,
        limit,
        ok,
        100.0 * ok / ((double) limit * settings.seconds),
        account.rejected(),
        storeErrors,
        other.isEmpty() ? "0" : String.join("; ", other),
        away,
        firstAfter,
        afterBack,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * What one decision costs: {@code tryAcquire} (one script, waited for) and {@code release} (sent
   * without waiting), from this JVM after a warm-up, on a history whose two windows never bind (as
   * a per-second and a per-hour limit, 5,000 finished calls kept).
   */
  private static String storeCost(BenchRedis redis) {
    try (RedisRateLimitStore store = RedisRateLimitStore.builder(redis.uri()).build()) {
      RateLimitStore.History history =
          new RateLimitStore.History("cost-" + System.nanoTime(), "item", 5_000);
      List<RateLimitStore.Window> windows =
          List.of(
              new RateLimitStore.Window(1_000, java.time.Duration.ofMillis(1)),
              new RateLimitStore.Window(5_000, java.time.Duration.ofMillis(2)));
      int calls = 5_000;
      long[] acquire = new long[calls];
      long[] release = new long[calls];
      for (int round = 0; round < 5; round++) {
        for (int i = 0; i < calls; i++) {
          long t0 = System.nanoTime();
          RateLimitStore.Admission admission =
              store.tryAcquire(history, windows, java.time.Duration.ofSeconds(10));
          long t1 = System.nanoTime();
          if (!admission.isAdmitted()) {
            throw new IllegalStateException("the cost history's limits bound: " + admission);
          }
          store.release(history, admission.slot());
          acquire[i] = t1 - t0;
          release[i] = System.nanoTime() - t1;
        }
      }
      java.util.Arrays.sort(acquire);
      java.util.Arrays.sort(release);
      return String.format(
          Locale.ROOT,
          "Store cost over %d calls after 4 x %d warm-up: tryAcquire median %.0f us, p99 %.0f us;"
              + " release (not waited for) median %.0f us, p99 %.0f us; load %.1f",
          calls,
          calls,
          acquire[calls / 2] / 1e3,
          acquire[calls * 99 / 100] / 1e3,
          release[calls / 2] / 1e3,
          release[calls * 99 / 100] / 1e3,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Reads a worker's output: completes {@code ready} at its "ready" line, returns the rest. */
  private static String read(Process worker, CompletableFuture<Void> ready) {
    StringBuilder rest = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.equals("ready")) {
          ready.complete(null);
        } else {
          rest.append(line).append('\n');
        }
      }
    } catch (java.io.IOException e) {
      rest.append("output failed: ").append(e);
    }
    ready.completeExceptionally(new IllegalStateException("worker ended early:\n" + rest));
    return rest.toString();
  }
}
