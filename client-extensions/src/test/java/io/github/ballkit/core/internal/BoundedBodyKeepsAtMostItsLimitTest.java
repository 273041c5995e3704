package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/**
 * The bounded body never holds more than its limit: past it, a success body is refused and an error
 * body cut, and the rest of the stream is cancelled rather than read.
 */
class BoundedBodyKeepsAtMostItsLimitTest {
  private boolean cancelled;
  private long requested;

  private final Flow.Subscription subscription =
      new Flow.Subscription() {
        @Override
        public void request(long n) {
          requested += n;
        }

        @Override
        public void cancel() {
          cancelled = true;
        }
      };

  private static HttpResponse.ResponseInfo info(int status, Map<String, List<String>> headers) {
    return new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return status;
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(headers, (name, value) -> true);
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }

  private static List<ByteBuffer> bytes(int count) {
    return List.of(ByteBuffer.wrap(new byte[count]));
  }

  @Test
  void aSuccessBodyPastTheLimitIsRefusedAndTheRestCancelled() {
    HttpResponse.BodySubscriber<byte[]> body =
        BoundedBody.forApi(2500, 100).apply(info(200, Map.of()));
    body.onSubscribe(subscription);

    body.onNext(bytes(1000));
    body.onNext(bytes(1000));
    body.onNext(bytes(1000));
    body.onNext(bytes(1000)); // still on its way when cancelled: dropped

    Throwable error = catchThrowable(() -> body.getBody().toCompletableFuture().join());
    assertThat(error)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(BoundedBody.TooLargeException.class);
    assertThat(cancelled).isTrue();
  }

  @Test
  void aSuccessBodyAnnouncedPastTheLimitIsRefusedBeforeAnyOfItIsRead() {
    HttpResponse.BodySubscriber<byte[]> body =
        BoundedBody.forApi(2500, 100)
            .apply(info(200, Map.of("Content-Length", List.of("50000000"))));

    body.onSubscribe(subscription);

    assertThat(requested).as("nothing asked for").isZero();
    assertThat(cancelled).isTrue();
    assertThat(body.getBody().toCompletableFuture()).isCompletedExceptionally();
  }

  @Test
  void anErrorBodyIsCutAtItsLimit() {
    HttpResponse.BodySubscriber<byte[]> body =
        BoundedBody.forApi(2500, 100).apply(info(500, Map.of()));
    body.onSubscribe(subscription);

    body.onNext(bytes(60));
    body.onNext(bytes(60));

    assertThat(body.getBody().toCompletableFuture().join()).hasSize(100);
    assertThat(cancelled).isTrue();
  }

  @Test
  void aBodyWithinTheLimitIsKeptWhole() {
    HttpResponse.BodySubscriber<byte[]> body =
        BoundedBody.forApi(2500, 100).apply(info(200, Map.of("Content-Length", List.of("2500"))));
    body.onSubscribe(subscription);

    body.onNext(bytes(2000));
    body.onNext(bytes(500));
    body.onComplete();

    assertThat(body.getBody().toCompletableFuture().join()).hasSize(2500);
    assertThat(cancelled).isFalse();
  }

  @Test
  void whatTheJdkWaitsOnEndsWhenAnErrorBodyIsCut() {
    BoundedBody body = BoundedBody.forApi(2500, 100).apply(info(500, Map.of()));
    HttpResponse.BodySubscriber<byte[]> jdk = subscribedJdkAdapter(body);

    jdk.onNext(bytes(60));
    jdk.onNext(bytes(60));
    jdk.onComplete(); // what the JDK may still say after the cancel: nothing changes

    assertThat(jdk.getBody().toCompletableFuture().join()).hasSize(100);
    assertThat(cancelled).isTrue();
  }

  @Test
  void whatTheJdkWaitsOnFailsWhenASuccessBodyIsRefused() {
    BoundedBody body = BoundedBody.forApi(2500, 100).apply(info(200, Map.of()));
    HttpResponse.BodySubscriber<byte[]> jdk = subscribedJdkAdapter(body);

    jdk.onNext(bytes(2000));
    jdk.onNext(bytes(1000));

    Throwable error = catchThrowable(() -> jdk.getBody().toCompletableFuture().join());
    assertThat(error).hasCauseInstanceOf(BoundedBody.TooLargeException.class);
    assertThat(cancelled).isTrue();
  }

  @Test
  void whatTheJdkWaitsOnFailsWhenTheDeadlinePasses() {
    BoundedBody body = BoundedBody.forApi(2500, 100).apply(info(200, Map.of()));
    HttpResponse.BodySubscriber<byte[]> jdk = subscribedJdkAdapter(body);
    jdk.onNext(bytes(10));

    body.expire();
    jdk.onNext(bytes(10)); // on its way already: dropped
    jdk.onComplete();

    Throwable error = catchThrowable(() -> jdk.getBody().toCompletableFuture().join());
    assertThat(error).hasCauseInstanceOf(HttpTimeoutException.class);
    assertThat(cancelled).isTrue();
  }

  @Test
  void whatTheJdkWaitsOnHasTheWholeBody() {
    BoundedBody body =
        BoundedBody.forApi(2500, 100).apply(info(200, Map.of("Content-Length", List.of("30"))));
    HttpResponse.BodySubscriber<byte[]> jdk = subscribedJdkAdapter(body);

    jdk.onNext(bytes(20));
    jdk.onNext(bytes(10));
    jdk.onComplete();

    assertThat(jdk.getBody().toCompletableFuture().join()).hasSize(30);
    assertThat(cancelled).isFalse();
  }

  /** What {@code JdkHttpTransport} hands the JDK client, as the client holds it once subscribed. */
  private HttpResponse.BodySubscriber<byte[]> subscribedJdkAdapter(BoundedBody body) {
    HttpResponse.BodySubscriber<byte[]> jdk = body.inJdkAdapter();
    jdk.onSubscribe(subscription);
    return jdk;
  }
}
