package io.github.ballkit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for the benchmarks, on the JDK's {@code com.sun.net.httpserver}.
 *
 * <p>Why the JDK server and not WireMock (which the tests use): (1) no dependency and a small,
 * predictable per-request cost, so a call-overhead difference is the client's and not the stub
 * engine's (WireMock matches every request against its stubs and records it in its journal); (2)
 * handlers are plain code, so the rate-limit server can count a sliding window per token and class
 * exactly as specified; (3) bodies stream both ways: WireMock keeps each request, body included, in
 * its journal and serves bodies from memory, which would put a 1 GiB upload or download into the
 * server's heap.
 *
 * <p>Handlers run on a cached pool of daemon threads, so concurrent clients are served in parallel.
 * {@code TCP_NODELAY} is on, as on production servers, so a response's header and body writes are
 * not held back by Nagle's algorithm.
 */
final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private LocalServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param handler the handler of every path
   * @return the running server
   */
  static LocalServer start(HttpHandler handler) {
    // Read once by the JDK server when its first instance is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "bench-server-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
      server.createContext("/", handler);
      server.setExecutor(executor);
      server.start();
      return new LocalServer(server, executor);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("cannot start the local server", e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Answers with a complete body (or none for 204). */
  static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    drain(exchange.getRequestBody());
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    if (status == 204 || body == null || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Reads a request body to its end (so the connection can be reused) and counts its bytes. Leaves
   * the stream open: closing the exchange closes it, and a closed one cannot be read again.
   */
  static long drain(InputStream body) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int read; (read = body.read(buffer)) != -1; ) {
      total += read;
    }
    return total;
  }
}
