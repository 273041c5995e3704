package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/**
 * A response that arrives just as its wait times out, too late for the cancel, still has its
 * streamed body (and so its connection) released. The race is played out by a future that completes
 * itself in the same moment it reports the timeout.
 */
class ATimedOutResponseIsClosedTest {

  /** A body that records being closed. */
  private static final class Body extends ByteArrayInputStream {
    private boolean closed;

    Body() {
      super(new byte[] {1, 2, 3});
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** The response arrives as the wait gives up: the cancel that follows comes too late. */
  private static final class ArrivesAsTheWaitTimesOut
      extends CompletableFuture<HttpResponse<InputStream>> {
    private final HttpResponse<InputStream> response;

    ArrivesAsTheWaitTimesOut(HttpResponse<InputStream> response) {
      this.response = response;
    }

    @Override
    public HttpResponse<InputStream> get(long timeout, TimeUnit unit) throws TimeoutException {
      complete(response);
      throw new TimeoutException();
    }
  }

  @Test
  void theBodyOfAResponseThatBeatTheCancelIsClosed() {
    Body body = new Body();

    Throwable error =
        catchThrowable(
            () ->
                TimedExchange.await(
                    new ArrivesAsTheWaitTimesOut(new StreamedResponse(body)),
                    Duration.ofMillis(500)));

    assertThat(error).isInstanceOf(HttpTimeoutException.class).hasMessageContaining("500 ms");
    assertThat(body.closed).isTrue();
  }

  /** Just enough of a response for the transport: a status and a streamed body. */
  private record StreamedResponse(InputStream body) implements HttpResponse<InputStream> {
    @Override
    public int statusCode() {
      return 200;
    }

    @Override
    public HttpRequest request() {
      return HttpRequest.newBuilder(uri()).build();
    }

    @Override
    public Optional<HttpResponse<InputStream>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return HttpHeaders.of(Map.of(), (name, value) -> true);
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return URI.create("http://127.0.0.1/replays/r-1/file");
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
