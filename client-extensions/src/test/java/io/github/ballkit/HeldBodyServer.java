package io.github.ballkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server that answers every request with a binary body in two parts: the head at once, the tail
 * only when the test calls {@link #release()}. A client that waits for the whole body therefore
 * cannot get past the head until the test lets it, with no timing involved. {@link #truncating}
 * makes one that never sends the tail: it drops the connection right after the head, a body cut
 * short.
 *
 * <p>The JDK's own server rather than WireMock: WireMock writes a body in one go (or dribbles it on
 * a schedule), and cannot hold the rest until the test says so.
 *
 * <p>If the test never releases the tail, the server gives up after {@link #GIVE_UP_SECONDS} and
 * drops the connection without it, so a client that waited for the whole body fails instead of
 * hanging the build. Each request is answered on a thread of its own, so a retry is answered while
 * an earlier attempt is still held; {@link #requests()} counts them.
 */
public final class HeldBodyServer implements AutoCloseable {
  /** How long the tail is held at most: a safety net, far longer than any test needs. */
  public static final int GIVE_UP_SECONDS = 10;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  /**
   * Starts the server on a free loopback port.
   *
   * @param head what is sent at once
   * @param tail what is sent after {@link #release()}
   * @throws IOException if the server cannot start
   */
  public HeldBodyServer(byte[] head, byte[] tail) throws IOException {
    this(200, head, tail);
  }

  /**
   * Starts the server on a free loopback port, answering with another status (a storage error).
   *
   * @param status the status of every answer
   * @param head what is sent at once
   * @param tail what is sent after {@link #release()}
   * @throws IOException if the server cannot start
   */
  public HeldBodyServer(int status, byte[] head, byte[] tail) throws IOException {
    this(status, head, tail, true);
  }

  private HeldBodyServer(int status, byte[] head, byte[] tail, boolean hold) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          try (exchange) {
            exchange.getRequestBody().readAllBytes(); // an upload's file, which is not kept
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(status, head.length + tail.length);
            OutputStream out = exchange.getResponseBody();
            out.write(head);
            out.flush();
            if (hold && released.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
              out.write(tail);
              out.close();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException clientWentAwayOrBodyCut) {
            // the client closed the stream, or the server closed it short of its length
          }
        });
    server.start();
  }

  /**
   * Starts a server that announces {@code head.length + missing} bytes, sends the head and closes
   * the connection.
   *
   * @param head what is sent
   * @param missing how many announced bytes never come
   * @return the started server
   * @throws IOException if the server cannot start
   */
  public static HeldBodyServer truncating(byte[] head, int missing) throws IOException {
    return new HeldBodyServer(200, head, new byte[missing], false);
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

  /** Sends the tail of every held body. */
  public void release() {
    released.countDown();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
