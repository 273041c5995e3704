package io.github.ballkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.core.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The client's CPU time and allocation per call, ballkit beside a bare {@code HttpClient.send},
 * with the server in another process so that only the client is counted.
 *
 * <p>The parent forks a server JVM ({@code --serve}), then runs eight variants in the same JVM,
 * interleaved round by round so that load on the machine falls on all of them alike: {@code
 * raw-small} and {@code ballkit-small} ({@code getReplay}, 3.2 KB bound into {@code Replay}),
 * {@code raw-large} and {@code ballkit-large} ({@code listReplays}, a 0.5 MB page bound into {@code
 * ReplayPage}). The raw variants send the same headers and bind with the same mapper; {@code
 * send-small} and {@code send-large} only send, and keep the bytes, which is the floor. {@code
 * ballkit-ping} ({@code misc().ping()}, a 60-byte body) is measured beside {@code send-ping}, the
 * bare send of the same request. A round is {@code --calls} calls of a small variant or a tenth as
 * many of a large one; the CPU clock of the process ticks in 10 ms steps here, so a round should
 * last a second or more. CPU is the process's CPU time (every thread: the caller, the JDK client's
 * selector and workers, JIT and GC), allocation the bytes allocated by all live threads ({@code
 * ThreadMXBean.getThreadAllocatedBytes}). It prints per variant the median, min and max of the
 * rounds, and the median of the per-round ratios of ballkit to each baseline.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.ballkit.bench.ClientCpu
 * [--rounds=9] [--calls=2000] [--warmup=3000]}.
 */
public final class ClientCpu {
  private static final String TOKEN = "bench-token-7c1d";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private ClientCpu() {}

  /**
   * Parent or server, by arguments.
   *
   * @param args {@code --rounds=N --calls=N --warmup=N}, or {@code --serve} in the forked JVM
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    if (options.containsKey("serve")) {
      serve();
      return;
    }
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "9"));
    int calls = Integer.parseInt(options.getOrDefault("calls", "2000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
    Process server = forkServer();
    try {
      String baseUrl = "http://127.0.0.1:" + readPort(server);
      run(baseUrl, rounds, calls, warmup);
    } finally {
      server.getOutputStream().close(); // the server ends at the end of its input
      server.waitFor();
    }
  }

  private static void run(String baseUrl, int rounds, int calls, int warmup) throws Exception {
    int largeCalls = Math.max(1, calls / 10);
    HttpClient raw =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    ObjectMapper mapper = Json.mapper();
    ReplayQuery query = ReplayQuery.builder().count(Fixtures.PAGE_SIZE).build();
    String replayUrl = baseUrl + "/replays/" + Fixtures.REPLAY_ID;
    String pageUrl = baseUrl + "/replays?count=" + Fixtures.PAGE_SIZE;
    try (BallchasingClient ballkit =
        BallchasingClient.builder().token(TOKEN).baseUrl(baseUrl).noRateLimits().build()) {
      Map<String, Callable<Object>> variants = new LinkedHashMap<>();
      variants.put("raw-small", () -> mapper.readValue(get(raw, replayUrl), Replay.class));
      variants.put("ballkit-small", () -> ballkit.replays().getReplay(Fixtures.REPLAY_ID));
      variants.put("raw-large", () -> mapper.readValue(get(raw, pageUrl), ReplayPage.class));
      variants.put("ballkit-large", () -> ballkit.replays().listReplays(query));
      variants.put("send-small", () -> get(raw, replayUrl));
      variants.put("send-large", () -> get(raw, pageUrl));
      variants.put("ballkit-ping", () -> ballkit.misc().ping());
      variants.put("send-ping", () -> get(raw, baseUrl + "/"));
      for (Callable<Object> variant : variants.values()) {
        for (int i = 0; i < warmup; i++) {
          variant.call();
        }
        System.gc();
      }
      Map<String, List<double[]>> samples = new LinkedHashMap<>();
      List<String> names = new ArrayList<>(variants.keySet());
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < names.size(); k++) {
          // rotate the order by pairs, so neither of a pair always runs first
          String name = names.get((k + 2 * round) % names.size());
          samples
              .computeIfAbsent(name, key -> new ArrayList<>())
              .add(measure(variants.get(name), name.endsWith("large") ? largeCalls : calls));
        }
      }
      print(names, samples);
    }
  }

  /** One round: CPU µs, allocated KiB and wall-clock µs per call. */
  private static double[] measure(Callable<Object> variant, int calls) throws Exception {
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    long cpu = os.getProcessCpuTime();
    long allocated = allocated();
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      if (variant.call() == null) {
        throw new IllegalStateException("no value");
      }
    }
    double wallMicros = (System.nanoTime() - start) / 1e3 / calls;
    double cpuMicros = (os.getProcessCpuTime() - cpu) / 1e3 / calls;
    double allocatedKib = (allocated() - allocated) / 1024.0 / calls;
    return new double[] {cpuMicros, allocatedKib, wallMicros};
  }

  private static long allocated() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] ids = threads.getAllThreadIds();
    long total = 0;
    for (long bytes : ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(ids)) {
      total += Math.max(bytes, 0);
    }
    return total;
  }

  private static byte[] get(HttpClient raw, String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        raw.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", TOKEN)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + url);
    }
    return response.body();
  }

  private static void print(List<String> names, Map<String, List<double[]>> samples) {
    System.out.printf(
        Locale.ROOT,
        "%-14s %12s %10s %10s %14s %10s %10s %13s%n",
        "variant",
        "CPU µs/call",
        "min",
        "max",
        "alloc KiB/call",
        "min",
        "max",
        "wall µs/call");
    for (String name : names) {
      double[] cpu = column(samples.get(name), 0);
      double[] alloc = column(samples.get(name), 1);
      double[] wall = column(samples.get(name), 2);
      System.out.printf(
          Locale.ROOT,
          "%-14s %12.1f %10.1f %10.1f %14.1f %10.1f %10.1f %13.1f%n",
          name,
          median(cpu),
          cpu[0],
          cpu[cpu.length - 1],
          median(alloc),
          alloc[0],
          alloc[alloc.length - 1],
          median(wall));
    }
    for (String pair : List.of("raw-small", "send-small", "raw-large", "send-large", "send-ping")) {
      int dash = pair.indexOf('-');
      String size = pair.substring(dash + 1);
      printRatios(
          "ballkit/" + pair.substring(0, dash),
          size,
          samples.get("ballkit-" + size),
          samples.get(pair));
    }
  }

  private static void printRatios(
      String label, String size, List<double[]> ballkit, List<double[]> base) {
    double[] cpuRatios = new double[ballkit.size()];
    double[] allocRatios = new double[ballkit.size()];
    for (int i = 0; i < cpuRatios.length; i++) {
      cpuRatios[i] = ballkit.get(i)[0] / base.get(i)[0];
      allocRatios[i] = ballkit.get(i)[1] / base.get(i)[1];
    }
    Arrays.sort(cpuRatios);
    Arrays.sort(allocRatios);
    System.out.printf(
        Locale.ROOT,
        "%s %s: CPU %.2fx (rounds %.2f-%.2f), allocation %.2fx (rounds %.2f-%.2f)%n",
        label,
        size,
        median(cpuRatios),
        cpuRatios[0],
        cpuRatios[cpuRatios.length - 1],
        median(allocRatios),
        allocRatios[0],
        allocRatios[allocRatios.length - 1]);
  }

  private static double[] column(List<double[]> rows, int index) {
    return rows.stream().mapToDouble(row -> row[index]).sorted().toArray();
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static Process forkServer() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            ClientCpu.class.getName(),
            "--serve")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static int readPort(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      throw new IllegalStateException("the server did not start: " + line);
    }
    return Integer.parseInt(line.substring(5).trim());
  }

  /** The server JVM: the three bodies, until its input ends. */
  private static void serve() throws IOException {
    try (LocalServer server =
        LocalServer.start(
            exchange -> {
              String path = exchange.getRequestURI().getPath();
              byte[] body =
                  switch (path) {
                    case "/replays" -> Fixtures.REPLAY_PAGE_JSON;
                    case "/" -> ColdStart.PING;
                    default -> Fixtures.REPLAY_JSON;
                  };
              LocalServer.respond(exchange, 200, "application/json", body);
            })) {
      System.out.println("PORT " + server.port());
      System.out.flush();
      System.in.readAllBytes();
    }
  }
}
