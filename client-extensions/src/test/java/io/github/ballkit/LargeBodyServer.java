package io.github.ballkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server whose every answer is a 200 with a JSON body of a given size, a replay whose title is as
 * long as it takes, written piece by piece so the server never holds it. It counts the requests and
 * the bytes it managed to write: a client that stops reading early leaves it far short of the
 * whole.
 */
public final class LargeBodyServer implements AutoCloseable {
  private static final byte[] OPENING =
      "{\"id\":\"r-1\",\"status\":\"ok\",\"title\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSING = "\"}".getBytes(StandardCharsets.US_ASCII);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong written = new AtomicLong();

  /**
   * Starts the server on a free loopback port.
   *
   * @param size the size of each body in bytes
   * @param announced whether to send a {@code Content-Length}, or stream the body in chunks
   * @throws IOException if the server cannot start
   */
  public LargeBodyServer(long size, boolean announced) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, announced ? size : 0);
            OutputStream out = exchange.getResponseBody();
            write(out, OPENING);
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'x');
            long left = size - OPENING.length - CLOSING.length;
            while (left > 0) {
              int count = (int) Math.min(left, filler.length);
              out.write(filler, 0, count);
              written.addAndGet(count);
              left -= count;
            }
            write(out, CLOSING);
          } catch (IOException clientWentAway) {
            // the client stopped reading: what it read is counted
          }
        });
    server.start();
  }

  private void write(OutputStream out, byte[] bytes) throws IOException {
    out.write(bytes);
    written.addAndGet(bytes.length);
  }

  /**
   * Returns the server's base URL.
   *
   * @return e.g. {@code http://127.0.0.1:54321}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Returns how many requests arrived.
   *
   * @return the count
   */
  public int requests() {
    return requests.get();
  }

  /**
   * Returns how many bytes of bodies the server wrote before the client went away.
   *
   * @return the count, all bodies together
   */
  public long written() {
    return written.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
