package io.github.ballkit.core.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A response body read whole, but never more than a limit and never past a deadline: past the limit
 * the body is either cut (an error body, of which only an excerpt is kept anyway) or refused with a
 * {@link TooLargeException} (a success body, which a cut would turn into other JSON). The
 * subscription is cancelled at that point, so the rest is never read and the connection is not
 * reused. A success body whose {@code Content-Length} is already past the limit is refused before
 * any of it is read.
 *
 * <p>The exchange is sent with {@code HttpClient.send} on the caller's thread: {@code
 * HttpRequest.timeout} bounds it until the headers arrive, and from then on {@link Deadlines} fails
 * a body still arriving at the deadline with an {@link HttpTimeoutException} and cancels it.
 * ({@code sendAsync(...).get(timeout)} would bound both at once, but the JDK completes that future
 * through one more thread, which costs a thread wake-up on every call.)
 *
 * <p>Hand-written because the JDK has no bounded handler: {@code BodyHandlers.ofByteArray()} keeps
 * the whole body, however large (a 50 MB answer needs more than 100 MB of heap), and {@code
 * ofInputStream()} hands over a stream read after the exchange, outside its deadline. Each byte is
 * copied once: a body of known length (up to 1 MiB) straight into the array handed on, another is
 * kept as the buffers the JDK hands over and joined at the end.
 *
 * <p>The JDK is handed this body inside one of its own adapters ({@link
 * HttpResponse.BodySubscribers#fromSubscriber}): a body subscriber of another kind is completed
 * through the client's executor, one more thread hop per call, while its own adapter completes on
 * the thread that read the body. A body ended early (cut, refused or past its deadline) ends the
 * adapter too.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]>, Deadlines.Expiring {
  /** The largest declared length given its array before any of the body has arrived. */
  private static final int PREALLOCATE_UP_TO = 1 << 20;

  private final int limit;
  private final boolean refusePastLimit;
  private final HttpResponse.ResponseInfo info;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private List<ByteBuffer> buffers;
  private byte[] exact;
  private int size;
  private volatile Flow.Subscription subscription;
  private volatile Duration timeout;
  private volatile Flow.Subscriber<List<ByteBuffer>> adapter;

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
   * Sends a request and reads its body bounded, all within the timeout: the request's own timeout
   * until the headers, then the body's deadline ({@link Deadlines}).
   *
   * <p>Cancelling the rest of a body can fail the exchange itself (over HTTP/2 the JDK reports its
   * stream as cancelled), although the body it needed is in hand by then. So the outcome is taken
   * from the body when it has one: the cut body, or the refusal of a body too large.
   *
   * @param http the JDK client
   * @param request the request; its timeout should be no longer than {@code timeout}
   * @param bodies how the body is read: {@link #cutAt} or {@link #forApi}
   * @param timeout the deadline of the whole exchange, body included
   * @return status, headers and the body kept
   * @throws TooLargeException when a success body was refused
   * @throws IOException when the exchange fails otherwise, times out, or the thread is interrupted
   */
  static Kept send(
      HttpClient http,
      HttpRequest request,
      Function<HttpResponse.ResponseInfo, BoundedBody> bodies,
      Duration timeout)
      throws IOException {
    return send(http, request, bodies, timeout, Deadlines.SHARED);
  }

  /** As above, with the deadlines given (tests end a body by hand). */
  static Kept send(
      HttpClient http,
      HttpRequest request,
      Function<HttpResponse.ResponseInfo, BoundedBody> bodies,
      Duration timeout,
      Deadlines deadlines)
      throws IOException {
    long end = System.nanoTime() + timeout.toNanos();
    BoundedBody[] read = new BoundedBody[1];
    Deadlines.Entry[] armed = new Deadlines.Entry[1];
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          BoundedBody body = bodies.apply(info);
          body.timeout = timeout;
          read[0] = body;
          armed[0] = deadlines.arm(body, end);
          return body.inJdkAdapter();
        };
    try {
      HttpResponse<byte[]> response = http.send(request, handler);
      return new Kept(response.statusCode(), response.headers(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (IOException e) {
      BoundedBody body = read[0];
      if (body == null || !body.result.isDone()) {
        throw e;
      }
      try {
        return new Kept(body.info.statusCode(), body.info.headers(), body.result.join());
      } catch (CompletionException failed) {
        if (failed.getCause() instanceof TooLargeException tooLarge) {
          throw tooLarge;
        }
        if (failed.getCause() instanceof HttpTimeoutException timedOut) {
          throw timedOut;
        }
        throw e;
      }
    } finally {
      deadlines.disarm(armed[0]);
    }
  }

  /**
   * Returns this body as the JDK completes it on the thread that read it.
   *
   * @return the adapter; its value is this body's, and it ends when this body ends early
   */
  HttpResponse.BodySubscriber<byte[]> inJdkAdapter() {
    // the value of a body refused or timed out is never taken from the adapter: send() takes
    // it from this body once the exchange fails
    HttpResponse.BodySubscriber<byte[]> jdk =
        HttpResponse.BodySubscribers.fromSubscriber(this, body -> body.result.getNow(null));
    adapter = jdk;
    return jdk;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (result.isDone()) {
      endEarly(subscription); // the deadline passed before the body began
      return;
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (refusePastLimit && declared > limit) {
      result.completeExceptionally(new TooLargeException(info, limit, declared));
      endEarly(subscription);
      return;
    }
    if (declared >= 0 && declared <= Math.min(limit, PREALLOCATE_UP_TO)) {
      exact = new byte[(int) declared];
    } else {
      buffers = new ArrayList<>();
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return; // cancelled already; what was still on its way is dropped
    }
    for (ByteBuffer buffer : items) {
      int room = limit - size;
      if (buffer.remaining() > room) {
        if (refusePastLimit) {
          exact = null;
          buffers = null;
          result.completeExceptionally(new TooLargeException(info, limit, -1));
        } else {
          keep(buffer, room);
          result.complete(joined());
        }
        endEarly(subscription);
        return;
      }
      keep(buffer, buffer.remaining());
    }
  }

  private void keep(ByteBuffer buffer, int count) {
    if (exact != null && size + count > exact.length) {
      // more than the Content-Length said: go on as for a body of unknown length
      buffers = new ArrayList<>();
      buffers.add(ByteBuffer.wrap(exact, 0, size));
      exact = null;
    }
    if (exact != null) {
      buffer.get(exact, size, count);
    } else {
      ByteBuffer kept = buffer.duplicate();
      kept.limit(kept.position() + count);
      buffers.add(kept);
      buffer.position(buffer.position() + count);
    }
    size += count;
  }

  private byte[] joined() {
    if (exact != null) {
      byte[] body = size == exact.length ? exact : Arrays.copyOf(exact, size);
      exact = null;
      return body;
    }
    byte[] body = new byte[size];
    int at = 0;
    if (buffers != null) {
      for (ByteBuffer buffer : buffers) {
        int count = buffer.remaining();
        buffer.get(body, at, count);
        at += count;
      }
      buffers = null;
    }
    return body;
  }

  /**
   * Stops the exchange from sending more of a body that has ended early, and ends the JDK's adapter
   * as this body ended; the adapter's calls back to it do nothing then.
   */
  private void endEarly(Flow.@Nullable Subscription current) {
    if (current != null) {
      current.cancel();
    }
    Flow.Subscriber<List<ByteBuffer>> jdk = adapter;
    if (jdk == null) {
      return;
    }
    if (result.isCompletedExceptionally()) {
      jdk.onError(result.handle((value, failure) -> failure).join());
    } else {
      jdk.onComplete();
    }
  }

  @Override
  public void onError(Throwable failure) {
    if (result.completeExceptionally(failure)) {
      exact = null;
      buffers = null;
    }
  }

  @Override
  public void onComplete() {
    if (!result.isDone()) {
      result.complete(joined());
    }
  }

  /** The deadline passed with the body still arriving: the exchange fails, the rest is dropped. */
  @Override
  public void expire() {
    Duration allowed = timeout;
    if (result.completeExceptionally(
        new HttpTimeoutException(
            "no complete response within "
                + (allowed == null ? "the timeout" : allowed.toMillis() + " ms")))) {
      endEarly(subscription);
    }
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
