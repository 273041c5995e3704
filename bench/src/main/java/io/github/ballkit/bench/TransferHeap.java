package io.github.ballkit.bench;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.UploadOutcome;
import io.github.ballkit.core.internal.FileDigest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Heap needed to download and upload a 1 GiB file: run it with a small heap ({@code -Xmx64m}) and
 * it prints, per operation, the time, the throughput and the heap it used (see {@link HeapSampler}:
 * peak used, and peak live after a collection).
 *
 * <p>Operations, each against {@link TransferServer} running in a child JVM (so the server's
 * buffers are not in this heap): {@code BallchasingClient.download(id, Path)}, {@code
 * BallisticaClient.download(ws, path, Path)}, the size and SHA-256 pass that {@code upload} starts
 * with ({@code FileDigest}), and {@code BallisticaClient.upload(ws, path, Path)} of a sparse file
 * (upload-init, signed PUT, upload-finalize). Downloads are checked for size and content; the
 * upload is checked on the server side for size and for the absence of {@code Authorization}.
 * Temporary files are deleted at the end.
 *
 * <p>Options: {@code --size-mib=1024}, {@code --dir=<parent of the temporary directory>}, {@code
 * --ops=raw,ballchasing,ballistica,upload}.
 */
public final class TransferHeap {
  private static final double MIB = 1024.0 * 1024.0;

  private TransferHeap() {}

  /**
   * Runs the transfers and prints a Markdown table.
   *
   * @param args options, see the class comment
   * @throws Exception when a transfer fails
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
    long size = Long.parseLong(options.getOrDefault("size-mib", "1024")) * 1024 * 1024;
    Path parent = Path.of(options.getOrDefault("dir", System.getProperty("java.io.tmpdir")));
    Set<String> ops =
        Set.of(options.getOrDefault("ops", "raw,ballchasing,ballistica,upload").split(","));

    System.out.printf(
        Locale.ROOT,
        "Java %s, %d available processors, max heap (-Xmx) %.0f MiB, GC %s, file %d bytes%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / MIB,
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(" + ")),
        size);

    Path directory = Files.createTempDirectory(parent, "ballkit-bench-");
    Process server = startServer(size);
    BlockingQueue<String> serverLines = new LinkedBlockingQueue<>();
    List<String> rows = new ArrayList<>();
    try {
      int port = readPort(server, serverLines);
      String baseUrl = "http://127.0.0.1:" + port;
      BallchasingClient ballchasing =
          BallchasingClient.builder().token("bench-token").baseUrl(baseUrl).noRateLimits().build();
      BallisticaClient ballistica =
          BallisticaClient.builder().token("bench-token").baseUrl(baseUrl).build();

      Path rawTarget = directory.resolve("raw.bin");
      HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      if (ops.contains("raw")) {
        rows.add(
            measure(
                "reference: raw HttpClient, ofInputStream + Files.copy",
                size,
                () ->
                    rawDownload(
                        raw, baseUrl + "/replays/" + Fixtures.REPLAY_ID + "/file", rawTarget),
                () -> checkDownload(rawTarget, size)));
        Files.deleteIfExists(rawTarget);
      }

      Path replayTarget = directory.resolve("replay.bin");
      if (ops.contains("ballchasing")) {
        rows.add(
            measure(
                "BallchasingClient.download(id, Path)",
                size,
                () -> ballchasing.download(Fixtures.REPLAY_ID, replayTarget),
                () -> checkDownload(replayTarget, size)));
        Files.deleteIfExists(replayTarget);
      }

      Path workspaceTarget = directory.resolve("workspace.bin");
      if (ops.contains("ballistica")) {
        rows.add(
            measure(
                "BallisticaClient.download(ws, path, Path)",
                size,
                () -> ballistica.download(Fixtures.WORKSPACE_ID, "mymod/big.bin", workspaceTarget),
                () -> checkDownload(workspaceTarget, size)));
        Files.deleteIfExists(workspaceTarget);
      }

      Path sparse = directory.resolve("upload.bin");
      if (ops.contains("upload")) {
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
          file.setLength(size);
        }
        rows.add(
            measure(
                "BallisticaClient.upload(ws, path, Path)",
                size,
                () -> {
                  UploadOutcome outcome =
                      ballistica.upload(Fixtures.WORKSPACE_ID, "mymod/big.bin", sparse);
                  if (!outcome.transferred() || outcome.size() != size) {
                    throw new IllegalStateException("unexpected upload outcome " + outcome);
                  }
                  return outcome;
                },
                () -> checkUpload(serverLines, size)));
        rows.add(
            measure(
                "  of which: size + SHA-256 pass (FileDigest.of)",
                size,
                () -> {
                  try {
                    return FileDigest.of(sparse);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                },
                () -> {}));
        Files.deleteIfExists(sparse);
      }
    } finally {
      server.getOutputStream().close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroy();
      }
      deleteRecursively(directory);
    }

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "-Xmx %.0f MiB; heap figures in MiB; baseline = used after a full GC before the operation%n",
        Runtime.getRuntime().maxMemory() / MIB);
    System.out.println(
        "| operation | result | time (s) | MiB/s | baseline | peak used | peak live after GC |"
            + " GCs |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  /** One operation. */
  @FunctionalInterface
  private interface Operation {
    Object run() throws Exception;
  }

  /** A check of an operation's result. */
  @FunctionalInterface
  private interface Check {
    void run() throws Exception;
  }

  /**
   * Runs one operation under the heap sampler. A failure (an {@code OutOfMemoryError} included) is
   * reported in the row, with where it happened, and the next operation still runs.
   */
  private static String measure(String name, long size, Operation operation, Check check)
      throws InterruptedException {
    long baseline = HeapSampler.usedAfterFullGc();
    long elapsed;
    Throwable failure = null;
    HeapSampler sampler = HeapSampler.start();
    long start = System.nanoTime();
    try {
      operation.run();
    } catch (Throwable e) {
      failure = e;
    } finally {
      elapsed = System.nanoTime() - start;
      sampler.close();
    }
    if (failure == null) {
      try {
        check.run();
      } catch (Exception e) {
        failure = e;
      }
    }
    double seconds = elapsed / 1e9;
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | %.2f | %s | %.1f | %.1f | %s | %d |",
            name,
            failure == null ? "ok" : "**failed**: " + describe(failure),
            seconds,
            failure == null ? String.format(Locale.ROOT, "%.0f", size / MIB / seconds) : "-",
            baseline / MIB,
            sampler.peakUsed() / MIB,
            sampler.peakLive() < 0
                ? "no GC ran"
                : String.format(Locale.ROOT, "%.1f", sampler.peakLive() / MIB),
            sampler.collections());
    System.out.println(row);
    if (failure != null) {
      failure.printStackTrace(System.out);
    }
    return row;
  }

  /** The exception and the first frame outside the JDK: where, say, the memory went. */
  private static String describe(Throwable failure) {
    String where = "";
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
        where = " in " + frame.getClassName() + "." + frame.getMethodName();
        break;
      }
    }
    return failure.getClass().getSimpleName() + where;
  }

  private static Path rawDownload(HttpClient raw, String url, Path target) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "bench-token")
            .header("Accept", "application/octet-stream")
            .GET()
            .build();
    HttpResponse<InputStream> response =
        raw.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private static Process startServer(long size) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            TransferServer.class.getName(),
            Long.toString(size))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static int readPort(Process server, BlockingQueue<String> lines) throws Exception {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture.runAsync(
        () -> {
          try {
            for (String line; (line = reader.readLine()) != null; ) {
              lines.add(line);
            }
          } catch (IOException ignored) {
            // the server exited
          }
        });
    String first = lines.poll(30, TimeUnit.SECONDS);
    if (first == null || !first.startsWith("PORT ")) {
      throw new IllegalStateException("the transfer server did not start: " + first);
    }
    return Integer.parseInt(first.substring("PORT ".length()).trim());
  }

  /** Checks the size, and the pattern at the start, the middle and the end. */
  private static void checkDownload(Path file, long size) throws IOException {
    if (Files.size(file) != size) {
      throw new IllegalStateException(file + " has " + Files.size(file) + " bytes, not " + size);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (long offset : new long[] {0, size / 2 + 7, Math.max(0, size - 1000)}) {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(1000, size - offset));
        channel.read(buffer, offset);
        for (int i = 0; i < buffer.position(); i++) {
          if (buffer.get(i) != (byte) ((offset + i) % TransferServer.PERIOD)) {
            throw new IllegalStateException(file + " differs at byte " + (offset + i));
          }
        }
      }
    }
  }

  private static void checkUpload(BlockingQueue<String> lines, long size)
      throws InterruptedException {
    String line = lines.poll(10, TimeUnit.SECONDS);
    if (!("PUT " + size + " false").equals(line)) {
      throw new IllegalStateException(
          "the server expected 'PUT "
              + size
              + " false' (bytes, Authorization sent) but got: "
              + line);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
