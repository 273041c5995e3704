package io.github.ballkit.core.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * How much of an error body ballkit keeps: the first {@value #MAX_BYTES} bytes, plenty for any
 * error message, while a server that answers with megabytes of HTML is not held in memory.
 */
final class ErrorExcerpt {
  /** The most bytes of an error body kept (and stated in {@code ErrorDetails#body}). */
  static final int MAX_BYTES = 64 * 1024;

  private ErrorExcerpt() {}

  /**
   * Cuts a body to the excerpt.
   *
   * @param body the body
   * @return its first {@value #MAX_BYTES} bytes; {@code body} itself when it is no longer
   */
  static byte[] cut(byte[] body) {
    return body.length > MAX_BYTES ? Arrays.copyOf(body, MAX_BYTES) : body;
  }

  /**
   * Returns a body handler that keeps the excerpt and stops reading there, so a response from
   * outside the API (the signed storage URL) costs neither the memory nor the time of a long body.
   *
   * <p>Hand-written because the JDK has no bounded handler: {@code BodyHandlers.ofByteArray()}
   * keeps the whole body, and {@code ofInputStream()} hands over a stream read after the exchange,
   * outside any deadline.
   *
   * @return the handler; its body is at most {@value #MAX_BYTES} bytes
   */
  static HttpResponse.BodyHandler<byte[]> handler() {
    return info -> new Excerpt();
  }

  /** Keeps the first bytes of a body, then cancels the rest (the connection is then not reused). */
  private static final class Excerpt implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        byte[] chunk = new byte[Math.min(buffer.remaining(), MAX_BYTES - kept.size())];
        buffer.get(chunk);
        kept.write(chunk, 0, chunk.length);
      }
      if (kept.size() >= MAX_BYTES) {
        subscription.cancel();
        result.complete(kept.toByteArray());
      }
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      result.complete(kept.toByteArray());
    }
  }
}
