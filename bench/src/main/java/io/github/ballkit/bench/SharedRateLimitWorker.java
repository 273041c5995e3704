package io.github.ballkit.bench;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.core.RateLimitStore;
import io.github.ballkit.core.RateLimitStoreException;
import io.github.ballkit.core.RateLimitedException;
import io.github.ballkit.redis.RedisRateLimitStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One worker process of {@link SharedRateLimits}: one client on one token, N threads calling {@code
 * GET /replays/{id}} back to back for the run's duration. Prints {@code ready}, starts when a line
 * arrives on its input (so every process starts at once), then prints {@code result ok=N
 * store-errors=M other=...}.
 *
 * <p>Arguments: the Redis URI or {@code none} (the in-process limiter), {@code fallback} or {@code
 * strict}, the base URL, the token, the tier, threads, seconds.
 */
public final class SharedRateLimitWorker {
  private SharedRateLimitWorker() {}

  /**
   * Runs the worker.
   *
   * @param args see the class comment
   * @throws Exception when the input or the threads fail
   */
  public static void main(String[] args) throws Exception {
    RedisRateLimitStore store = null;
    if (!args[0].equals("none")) {
      RedisRateLimitStore.Builder builder = RedisRateLimitStore.builder(args[0]);
      store = (args[1].equals("fallback") ? builder.fallbackToLocalLimits() : builder).build();
    }
    BallchasingClient.Builder builder =
        BallchasingClient.builder().token(args[3]).baseUrl(args[2]).tier(PatronTier.of(args[4]));
    BallchasingClient client =
        store == null ? builder.build() : builder.rateLimitStore(store).build();
    int threads = Integer.parseInt(args[5]);
    long nanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[6]));

    warmUp(args[2], store);
    System.out.println("ready");
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    AtomicLong ok = new AtomicLong();
    AtomicLong storeErrors = new AtomicLong();
    Map<String, Long> other = new TreeMap<>();
    Map<String, Long> afterEnd = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + nanos;
    for (int i = 0; i < threads; i++) {
      pool.execute(
          () -> {
            while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
              try {
                client.replays().getReplay(Fixtures.REPLAY_ID);
                if (System.nanoTime() <= end) {
                  ok.incrementAndGet();
                }
              } catch (RateLimitStoreException e) {
                storeErrors.incrementAndGet();
              } catch (RuntimeException e) {
                if (System.nanoTime() <= end && !Thread.currentThread().isInterrupted()) {
                  String kind =
                      e instanceof RateLimitedException
                          ? "429-given-up"
                          : e.getClass().getSimpleName();
                  synchronized (other) {
                    other.merge(kind, 1L, Long::sum);
                  }
                }
              }
            }
          });
    }
    TimeUnit.NANOSECONDS.sleep(Math.max(0, end - System.nanoTime()));
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    // Calls cut short by the run's end (interrupted while waiting for a slot) are not counted.
    System.out.println("cut short at the end: " + afterEnd);
    System.out.println(
        "result ok=" + ok.get() + " store-errors=" + storeErrors.get() + " other=" + other);
    if (store != null) {
      store.close();
    }
  }

  /**
   * Compiles the code paths before the run: HTTP calls without limits on the warm-up token (which
   * the server does not limit), and store decisions on a history of its own.
   */
  private static void warmUp(String baseUrl, RedisRateLimitStore store) {
    BallchasingClient client =
        BallchasingClient.builder().token("bench-warm-up").baseUrl(baseUrl).noRateLimits().build();
    RateLimitStore.History history =
        new RateLimitStore.History("warm-up-" + System.nanoTime(), "item", 100_000);
    List<RateLimitStore.Window> windows =
        List.of(new RateLimitStore.Window(100_000, Duration.ofSeconds(1)));
    for (int i = 0; i < 1_000; i++) {
      client.replays().getReplay(Fixtures.REPLAY_ID);
      if (store != null) {
        RateLimitStore.Admission admission =
            store.tryAcquire(history, windows, Duration.ofSeconds(10));
        store.release(history, admission.slot());
      }
    }
  }
}
