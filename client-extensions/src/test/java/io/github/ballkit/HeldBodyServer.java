package io.github.ballkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A server that answers every request with a binary body in two parts: the head at once, the tail
 * only when the test calls {@link #release()}. A client that waits for the whole body therefore
 * cannot get past the head until the test lets it, with no timing involved.
 *
 * <p>The JDK's own server rather than WireMock: WireMock writes a body in one go (or dribbles it on
 * a schedule), and cannot hold the rest until the test says so.
 *
 * <p>If the test never releases the tail, the server gives up after {@link #GIVE_UP_SECONDS} and
 * drops the connection without it, so a client that waited for the whole body fails instead of
 * hanging the build.
 */
public final class HeldBodyServer implements AutoCloseable {
  /** How long the tail is held at most: a safety net, far longer than any test needs. */
  public static final int GIVE_UP_SECONDS = 10;

  private final HttpServer server;
  private final CountDownLatch released = new CountDownLatch(1);

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
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes(); // an upload's file, which is not kept
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(status, head.length + tail.length);
            OutputStream out = exchange.getResponseBody();
            out.write(head);
            out.flush();
            if (released.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
              out.write(tail);
              out.close();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException clientWentAway) {
            // the client closed the stream: nothing left to send
          }
        });
    server.start();
  }

  /**
   * Returns the server's base URL.
   *
   * @return e.g. {@code http://127.0.0.1:54321}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Sends the tail of every held body. */
  public void release() {
    released.countDown();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
