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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JSON body is sent with {@code HttpClient.send}, whose timeout ends at the headers; from then on
 * the body's deadline ends it. A body the deadline catches still arriving fails with a timeout and
 * is cancelled, so its connection is dropped, whether the deadline came before the body began or in
 * its middle; and the deadline thread ends what is due. The deadline is set off by hand here, or
 * given as already past: nothing waits on a clock.
 */
class ABodyPastItsDeadlineIsCancelledTest {
  private boolean cancelled;

  private final Flow.Subscription subscription =
      new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {
          cancelled = true;
        }
      };

  private static HttpResponse.ResponseInfo ok() {
    return new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(Map.of("Content-Length", List.of("100")), (name, value) -> true);
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }

  private static Throwable failureOf(BoundedBody body) {
    Throwable error = catchThrowable(() -> body.getBody().toCompletableFuture().join());
    return error instanceof CompletionException wrapped ? wrapped.getCause() : error;
  }

  @Test
  void aBodyStillArrivingAtItsDeadlineFailsWithATimeoutAndIsCancelled() {
    BoundedBody body = BoundedBody.forApi(1000, 100).apply(ok());
    body.onSubscribe(subscription);
    body.onNext(List.of(ByteBuffer.wrap(new byte[40])));

    body.expire();
    body.onNext(List.of(ByteBuffer.wrap(new byte[60]))); // on its way already: dropped
    body.onComplete();

    assertThat(failureOf(body)).isInstanceOf(HttpTimeoutException.class);
    assertThat(cancelled).isTrue();
  }

  @Test
  void aDeadlineThatPassedBeforeTheBodyBeganCancelsItAtOnce() {
    BoundedBody body = BoundedBody.forApi(1000, 100).apply(ok());

    body.expire();
    body.onSubscribe(subscription);

    assertThat(failureOf(body)).isInstanceOf(HttpTimeoutException.class);
    assertThat(cancelled).isTrue();
  }

  @Test
  void aBodyCompleteBeforeItsDeadlineIsKept() {
    BoundedBody body = BoundedBody.forApi(1000, 100).apply(ok());
    body.onSubscribe(subscription);
    body.onNext(List.of(ByteBuffer.wrap(new byte[100])));
    body.onComplete();

    body.expire(); // too late: the body is whole

    assertThat(body.getBody().toCompletableFuture().join()).hasSize(100);
    assertThat(cancelled).isFalse();
  }

  @Test
  void theDeadlineThreadEndsWorkWhoseDeadlineHasPassed() throws Exception {
    Deadlines deadlines = new Deadlines("test-deadlines");
    CountDownLatch ended = new CountDownLatch(1);

    deadlines.arm(ended::countDown, System.nanoTime() - 1);

    assertThat(ended.await(60, TimeUnit.SECONDS)).as("ended").isTrue();
  }
}
