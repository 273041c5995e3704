package io.github.ballkit.redis;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.PatronTier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One worker process of {@link ForkedProcessesShareOneTokenTest}: a client per token, some threads
 * per client, each making a number of {@code GET /replays/{id}} calls. Prints {@code ready}, waits
 * for a line on its input so that every process starts at once, then prints {@code ok=N failed=M}.
 *
 * <p>Arguments: the Redis URI or {@code none} (each process limits itself, as without the store),
 * the server's base URL, then per token {@code token:tier:threads:callsPerThread}.
 */
public final class ForkedProcess {
  private ForkedProcess() {}

  public static void main(String[] args) throws Exception {
    RedisRateLimitStore store =
        args[0].equals("none") ? null : RedisRateLimitStore.builder(args[0]).build();
    List<Thread> threads = new ArrayList<>();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    for (int i = 2; i < args.length; i++) {
      String[] spec = args[i].split(":");
      BallchasingClient.Builder builder =
          BallchasingClient.builder().token(spec[0]).baseUrl(args[1]).tier(PatronTier.of(spec[1]));
      BallchasingClient client =
          store == null ? builder.build() : builder.rateLimitStore(store).build();
      int calls = Integer.parseInt(spec[3]);
      for (int t = 0; t < Integer.parseInt(spec[2]); t++) {
        threads.add(
            new Thread(
                () -> {
                  for (int c = 0; c < calls; c++) {
                    try {
                      client.replays().getReplay("r" + c);
                      ok.incrementAndGet();
                    } catch (RuntimeException e) {
                      failed.incrementAndGet();
                      System.out.println("call failed: " + e);
                    }
                  }
                }));
      }
    }
    System.out.println("ready");
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("ok=" + ok.get() + " failed=" + failed.get());
    if (store != null) {
      store.close();
    }
  }
}
