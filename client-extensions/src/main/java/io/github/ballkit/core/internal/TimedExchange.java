package io.github.ballkit.core.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a request under a deadline for the whole exchange, body handler included: the JDK's {@code
 * HttpRequest.timeout} only covers the wait for the response headers, not a body that arrives
 * slowly.
 */
final class TimedExchange {
  private TimedExchange() {}

  /**
   * Sends and waits at most {@code timeout} for the handler to finish.
   *
   * @param http the JDK client
   * @param request the request
   * @param handler the body handler
   * @param timeout the deadline of the exchange
   * @param <T> the body type
   * @return the response
   * @throws HttpTimeoutException when the deadline passes first
   * @throws IOException when the exchange fails or the thread is interrupted
   */
  static <T> HttpResponse<T> send(
      HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> handler, Duration timeout)
      throws IOException {
    return await(http.sendAsync(request, handler), timeout);
  }

  /** Waits for an exchange already started; {@link #send} without the sending, for tests. */
  static <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> future, Duration timeout)
      throws IOException {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(future);
      throw new HttpTimeoutException("no complete response within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      abandon(future);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? "request failed" : cause.toString(), cause);
    }
  }

  /**
   * Cancels an exchange nobody waits for any more. When the response won the race against the
   * cancel, its body (a stream holding a connection) is closed here, since no one else will.
   */
  private static void abandon(CompletableFuture<? extends HttpResponse<?>> future) {
    if (future.cancel(true) || future.isCompletedExceptionally()) {
      return;
    }
    HttpResponse<?> response = future.getNow(null);
    if (response != null && response.body() instanceof Closeable body) {
      try {
        body.close();
      } catch (IOException ignored) {
        // nothing more can be done for a response that is thrown away
      }
    }
  }
}
