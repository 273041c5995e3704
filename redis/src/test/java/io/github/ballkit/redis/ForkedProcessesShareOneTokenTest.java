package io.github.ballkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three JVMs share a gc-tier token (16 item calls per second) and a regular-tier one (2 per second)
 * against a local server that enforces those limits strictly, counting each request when it
 * arrives. With the Redis store the server refuses nothing; without it (each process limiting
 * itself, as before this store existed) the same processes are refused, which shows the server
 * would have caught an over-admission.
 *
 * <p>Real time, as processes cannot share a fake clock: about 2 s of calls per test, plus the JVMs'
 * start. The outcome does not depend on timing: the store admits by the Redis server's clock, which
 * the local server shares (one machine).
 */
class ForkedProcessesShareOneTokenTest {
  private static final int PROCESSES = 3;
  private static final String GC = "forked-gc-token-0123456789";
  private static final String REGULAR = "forked-regular-token-0123456789";

  private static LocalRedis redis;

  @BeforeAll
  static void startRedis() {
    redis = LocalRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Test
  void withTheStoreTheServerRefusesNothing() throws Exception {
    try (LocalBallchasing server = new LocalBallchasing(Clock.systemUTC())) {
      LocalBallchasing.Account gc = server.register(GC, 16);
      LocalBallchasing.Account regular = server.register(REGULAR, 2);

      List<String> results = run(redis.uri(), server.baseUrl());

      assertThat(results).allSatisfy(line -> assertThat(line).isEqualTo("ok=18 failed=0"));
      assertThat(gc.refused()).as("429s for the gc token").isZero();
      assertThat(regular.refused()).as("429s for the regular token").isZero();
      assertThat(gc.accepted()).hasSize(PROCESSES * 16);
      assertThat(regular.accepted()).hasSize(PROCESSES * 2);
    }
  }

  @Test
  void withoutItTheSameProcessesAreRefused() throws Exception {
    try (LocalBallchasing server = new LocalBallchasing(Clock.systemUTC())) {
      LocalBallchasing.Account gc = server.register(GC, 16);
      server.register(REGULAR, 2);

      run("none", server.baseUrl());

      assertThat(gc.refused()).as("429s for the gc token").isPositive();
    }
  }

  /** Starts the processes, lets them go at once, and returns each one's last line. */
  private static List<String> run(String redisUri, String baseUrl) throws Exception {
    List<Process> processes = new ArrayList<>();
    List<BufferedReader> outputs = new ArrayList<>();
    try {
      for (int i = 0; i < PROCESSES; i++) {
        Process process =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-XX:TieredStopAtLevel=1",
                    ForkedProcess.class.getName(),
                    redisUri,
                    baseUrl,
                    GC + ":gc:2:8",
                    REGULAR + ":regular:1:2")
                .redirectErrorStream(true)
                .start();
        processes.add(process);
        outputs.add(
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader output : outputs) {
        awaitLine(output, "ready");
      }
      for (Process process : processes) {
        OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
      }
      List<String> results = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        results.add(awaitLine(outputs.get(i), "ok="));
        assertThat(processes.get(i).waitFor(30, TimeUnit.SECONDS)).as("process exits").isTrue();
      }
      return results;
    } finally {
      processes.forEach(Process::destroyForcibly);
    }
  }

  /** Reads lines until one starts with {@code prefix}; fails with everything read if none does. */
  private static String awaitLine(BufferedReader output, String prefix) throws IOException {
    StringBuilder seen = new StringBuilder();
    for (String line; (line = output.readLine()) != null; ) {
      if (line.startsWith(prefix)) {
        return line;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError(
        "the process ended without a line starting with " + prefix + ":\n" + seen);
  }
}
