package io.github.ballkit.core.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A response body read whole, but never more than a limit: past it the body is either cut (an error
 * body, of which only an excerpt is kept anyway) or refused with a {@link TooLargeException} (a
 * success body, which a cut would turn into other JSON). The subscription is cancelled at that
 * point, so the rest is never read and the connection is not reused. A success body whose {@code
 * Content-Length} is already past the limit is refused before any of it is read.
 *
 * <p>Hand-written because the JDK has no bounded handler: {@code BodyHandlers.ofByteArray()} keeps
 * the whole body, however large (a 50 MB answer needs more than 100 MB of heap), and {@code
 * ofInputStream()} hands over a stream read after the exchange, outside its deadline.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final int limit;
  private final boolean refusePastLimit;
  private final HttpResponse.ResponseInfo info;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<byte[]> chunks = new ArrayList<>();
  private int size;
  private Flow.Subscription subscription;

  private BoundedBody(int limit, boolean refusePastLimit, HttpResponse.ResponseInfo info) {
    this.limit = limit;
    this.refusePastLimit = refusePastLimit;
    this.info = info;
  }

  /**
   * What an exchange read with a bounded body gave.
   *
   * @param status the status
   * @param headers the headers
   * @param body the body kept, whole or cut
   */
  record Kept(int status, HttpHeaders headers, byte[] body) {}

  /**
   * Returns bodies that keep at most {@code limit} bytes and cut the rest.
   *
   * @param limit the most bytes kept
   * @return the bodies, for {@link #send}
   */
  static Function<HttpResponse.ResponseInfo, BoundedBody> cutAt(int limit) {
    return info -> new BoundedBody(limit, false, info);
  }

  /**
   * Returns the bodies of an API response: a success body of more than {@code successLimit} bytes
   * is refused, any other body is cut at {@code otherLimit}.
   *
   * @param successLimit the largest 2xx body accepted
   * @param otherLimit the most bytes kept of any other body
   * @return the bodies, for {@link #send}
   */
  static Function<HttpResponse.ResponseInfo, BoundedBody> forApi(int successLimit, int otherLimit) {
    return info ->
        info.statusCode() >= 200 && info.statusCode() < 300
            ? new BoundedBody(successLimit, true, info)
            : new BoundedBody(otherLimit, false, info);
  }

  /**
   * Sends a request and reads its body bounded, all within the timeout ({@link TimedExchange}).
   *
   * <p>Cancelling the rest of a body can fail the exchange itself (over HTTP/2 the JDK reports its
   * stream as cancelled), although the body it needed is in hand by then. So the outcome is taken
   * from the body when it has one: the cut body, or the refusal of a body too large.
   *
   * @param http the JDK client
   * @param request the request
   * @param bodies how the body is read: {@link #cutAt} or {@link #forApi}
   * @param timeout the deadline of the exchange
   * @return status, headers and the body kept
   * @throws TooLargeException when a success body was refused
   * @throws IOException when the exchange fails otherwise or times out
   */
  static Kept send(
      HttpClient http,
      HttpRequest request,
      Function<HttpResponse.ResponseInfo, BoundedBody> bodies,
      Duration timeout)
      throws IOException {
    AtomicReference<BoundedBody> read = new AtomicReference<>();
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          BoundedBody body = bodies.apply(info);
          read.set(body);
          return body;
        };
    try {
      HttpResponse<byte[]> response = TimedExchange.send(http, request, handler, timeout);
      return new Kept(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      BoundedBody body = read.get();
      if (body == null || !body.result.isDone()) {
        throw e;
      }
      try {
        return new Kept(body.info.statusCode(), body.info.headers(), body.result.join());
      } catch (CompletionException failed) {
        if (failed.getCause() instanceof TooLargeException tooLarge) {
          throw tooLarge;
        }
        throw e;
      }
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (refusePastLimit && declared > limit) {
      result.completeExceptionally(new TooLargeException(info, limit, declared));
      subscription.cancel();
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return; // cancelled already; what was still on its way is dropped
    }
    for (ByteBuffer buffer : buffers) {
      int room = limit - size;
      if (buffer.remaining() > room) {
        if (refusePastLimit) {
          chunks.clear();
          result.completeExceptionally(new TooLargeException(info, limit, -1));
        } else {
          keep(buffer, room);
          result.complete(joined());
        }
        subscription.cancel();
        return;
      }
      keep(buffer, buffer.remaining());
    }
  }

  private void keep(ByteBuffer buffer, int count) {
    byte[] chunk = new byte[count];
    buffer.get(chunk);
    chunks.add(chunk);
    size += count;
  }

  private byte[] joined() {
    byte[] body = new byte[size];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, body, at, chunk.length);
      at += chunk.length;
    }
    chunks.clear();
    return body;
  }

  @Override
  public void onError(Throwable failure) {
    chunks.clear();
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    result.complete(joined());
  }

  /** A success body larger than the limit; none of it is kept. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient HttpHeaders headers;
    private final int limit;

    TooLargeException(HttpResponse.ResponseInfo info, int limit, long declared) {
      super(
          "the body is larger than the limit of "
              + limit
              + " bytes"
              + (declared >= 0 ? " (Content-Length: " + declared + ")" : ""));
      this.status = info.statusCode();
      this.headers = info.headers();
      this.limit = limit;
    }

    int status() {
      return status;
    }

    HttpHeaders headers() {
      return headers;
    }

    int limit() {
      return limit;
    }
  }
}
