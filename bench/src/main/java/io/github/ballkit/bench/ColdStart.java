package io.github.ballkit.bench;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.core.internal.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cold start: each measurement is a whole fresh JVM. It reports the first {@code build()} of each
 * client (what building costs before any call) and the time from the JVM's start to the first
 * successful ping, for ballkit and for a bare {@code HttpClient.send}, against a local server. The
 * bare client runs twice: {@code raw} only sends, {@code raw-jackson} also creates a Jackson mapper
 * configured as ballkit's and parses the body, the part of a typed client's start that is
 * Jackson's.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.ballkit.bench.ColdStart
 * [--runs=10]}. The parent starts the server and forks {@code --runs} JVMs per mode with the same
 * class path, one per mode in turn, round by round, so that load from elsewhere falls on every mode
 * alike; each child prints one line of milliseconds, and the parent prints the medians.
 */
public final class ColdStart {
  /** A ballchasing {@code ping} answer. */
  static final byte[] PING =
      "{\"chaser\":true,\"name\":\"bench\",\"steam_id\":\"1\",\"type\":\"regular\"}"
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] ACCOUNT =
      ("{\"id\":\"a-1\",\"tag\":\"bench\",\"create_time\":\"2026-01-09T12:00:00Z\","
              + "\"last_active_day\":\"2026-04-18\",\"total_active_days\":3}")
          .getBytes(StandardCharsets.UTF_8);

  private ColdStart() {}

  /**
   * Parent or child, by arguments.
   *
   * @param args {@code --runs=N}, or {@code --child=MODE --url=URL} in a forked JVM
   * @throws Exception when a child fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new TreeMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    if (options.containsKey("child")) {
      child(options.get("child"), options.get("url"));
      return;
    }
    int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
    try (LocalServer server =
        LocalServer.start(
            exchange ->
                LocalServer.respond(
                    exchange,
                    200,
                    "application/json",
                    exchange.getRequestURI().getPath().contains("/accounts/") ? ACCOUNT : PING))) {
      System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s%n", "", "median ms", "min ms", "max ms");
      List<String> modes = List.of("raw", "raw-jackson", "ballchasing", "ballistica");
      Map<String, List<double[]>> samples = new TreeMap<>();
      // round-robin, one JVM per mode per round, so that load from elsewhere falls on every mode
      for (int i = 0; i < runs; i++) {
        for (String mode : modes) {
          samples.computeIfAbsent(mode, key -> new ArrayList<>()).add(fork(mode, server.baseUrl()));
        }
      }
      for (String mode : modes) {
        if (!mode.startsWith("raw")) {
          print(mode + " first build()", samples.get(mode), 0);
        }
        print(mode + " first call", samples.get(mode), 1);
      }
    }
  }

  /** The child: builds a client (or none, raw) and pings once, timing both. */
  private static void child(String mode, String url) throws Exception {
    long start = System.nanoTime();
    double buildMs;
    Runnable call;
    switch (mode) {
      case "raw", "raw-jackson" -> {
        boolean decode = mode.equals("raw-jackson");
        HttpClient http = HttpClient.newHttpClient();
        buildMs = (System.nanoTime() - start) / 1e6;
        call =
            () -> {
              try {
                HttpResponse<byte[]> response =
                    http.send(
                        HttpRequest.newBuilder(URI.create(url + "/"))
                            .header("Authorization", "token")
                            .header("Accept", "application/json")
                            .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                  throw new IllegalStateException("status " + response.statusCode());
                }
                if (decode && !Json.mapper().readTree(response.body()).has("chaser")) {
                  throw new IllegalStateException("not a ping");
                }
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            };
      }
      case "ballchasing" -> {
        BallchasingClient client = BallchasingClient.builder().token("t").baseUrl(url).build();
        buildMs = (System.nanoTime() - start) / 1e6;
        call = () -> client.misc().ping();
      }
      case "ballistica" -> {
        BallisticaClient client = BallisticaClient.builder().token("t").baseUrl(url).build();
        buildMs = (System.nanoTime() - start) / 1e6;
        call = () -> client.accounts().getAccount("a-1");
      }
      default -> throw new IllegalArgumentException(mode);
    }
    call.run();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.println("RESULT " + buildMs + " " + uptime);
  }

  private static double[] fork(String mode, String url) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ColdStart.class.getName(),
                "--child=" + mode,
                "--url=" + url)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0 || !output.contains("RESULT ")) {
      throw new IllegalStateException(mode + " child failed:\n" + output);
    }
    String[] parts = output.substring(output.indexOf("RESULT ")).trim().split("\\s+");
    return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
  }

  private static void print(String label, List<double[]> samples, int index) {
    double[] values = samples.stream().mapToDouble(s -> s[index]).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%-22s %10.1f %10.1f %10.1f%n",
        label,
        values[values.length / 2],
        values[0],
        values[values.length - 1]);
  }
}
