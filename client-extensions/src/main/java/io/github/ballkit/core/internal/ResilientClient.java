package io.github.ballkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ballkit.core.ClientClosedException;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.core.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits between Feign and the transport and sees every attempt: it takes a rate-limit permit for
 * each attempt (retries count too) and returns it when the response arrives, honours 429s (pausing
 * the operation's class for every caller of the token), and retries connection failures and
 * 502/503/504 for retry-safe operations with backoff, all within the call's deadline: each
 * attempt's timeouts are cut to what is left of it.
 *
 * <p>A 429 is retried for every method: the server refused the request before doing anything, so
 * sending it again cannot do anything twice.
 */
final class ResilientClient implements Client {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.retry");

  /** The largest body Feign reads whole before handing a {@code Response} back. */
  static final int FEIGN_BUFFERS_UP_TO = 8192;

  private final Client delegate;
  private final Operations operations;
  private final RateLimiters limiters;
  private final RuntimeSettings settings;
  private final BooleanSupplier closed;

  ResilientClient(
      Client delegate,
      Operations operations,
      RateLimiters limiters,
      RuntimeSettings settings,
      BooleanSupplier closed) {
    this.delegate = delegate;
    this.operations = operations;
    this.limiters = limiters;
    this.settings = settings;
    this.closed = closed;
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    OperationInfo op = operations.of(request);
    if (closed.getAsBoolean()) {
      throw new ClientClosedException(op.operationId());
    }
    CallEvents.Call call = settings.events().start(op);
    try {
      return call.responded(attempts(request, options, op, call));
    } catch (RuntimeException | Error e) {
      call.failed(e);
      throw e;
    }
  }

  private Response attempts(
      Request request, Request.Options options, OperationInfo op, CallEvents.Call call) {
    Clock clock = settings.clock();
    Sleeper sleeper = settings.sleeper();
    Sleeper rateLimitSleeper = call.rateLimitSleeper(sleeper);
    CallSequence sequence = CallSequence.current();
    Instant deadline =
        sequence != null ? sequence.deadline() : clock.instant().plus(settings.callTimeout());
    int maxRetries = sequence != null ? 0 : settings.maxRetries(); // the sequence retries itself
    List<RateWindow> windows = limiters == null ? List.of() : limiters.windows(op.rateLimitClass());
    ClassLimiter limiter = windows.isEmpty() ? null : limiters.limiter(op.rateLimitClass());
    boolean retrySafe = op.isRetrySafe(null) || op.isRetrySafe(bodyOp(request, op));
    for (int attempt = 1; ; attempt++) {
      Duration backoff = settings.backoff().delay(attempt);
      ClassLimiter.Permit permit =
          limiter == null
              ? null
              : limiter.acquire(
                  windows,
                  clock,
                  rateLimitSleeper,
                  deadline,
                  op.operationId(),
                  op.rateLimitClass());
      Request.Options attemptOptions;
      try {
        attemptOptions = withinDeadline(options, clock, deadline, op);
      } catch (RuntimeException e) {
        release(permit);
        throw e;
      }
      Response response;
      try {
        response = withSmallBodyRead(delegate.execute(request, attemptOptions));
      } catch (IOException e) {
        release(permit);
        // an interrupted thread (a cancelled async call) stops at once instead of retrying
        if (retrySafe && attempt <= maxRetries && !Thread.currentThread().isInterrupted()) {
          Duration wait = backoff;
          if (fits(clock, wait, deadline)) {
            LOG.debug(
                "{} attempt {} failed ({}); retrying in {} ms",
                op.operationId(),
                attempt,
                e.toString(),
                wait.toMillis());
            call.retry(attempt, e.toString(), wait);
            sleep(sleeper, wait, op);
            continue;
          }
        }
        throw TransportException.of(op.operationId(), e);
      } catch (RuntimeException | Error e) {
        release(permit);
        throw e;
      }
      release(permit);
      call.sent(request.body());
      int status = response.status();
      if (status == 429) {
        Duration wait =
            RetryAfter.parse(firstHeader(response, "Retry-After"), clock).orElse(backoff);
        call.rateLimited(wait);
        if (limiter != null) {
          limiter.pauseUntil(clock.instant().plus(wait));
        }
        if (attempt <= settings.maxRateLimitRetries() && fits(clock, wait, deadline)) {
          LOG.debug("{} rate limited (429); retrying in {} ms", op.operationId(), wait.toMillis());
          call.retry(attempt, "HTTP 429", wait);
          response.close();
          if (limiter == null) {
            sleep(rateLimitSleeper, wait, op);
          }
          continue;
        }
        return response;
      }
      if (RetryableStatus.isGateway(status) && retrySafe && attempt <= maxRetries) {
        Duration wait =
            RetryAfter.parse(firstHeader(response, "Retry-After"), clock).orElse(backoff);
        if (fits(clock, wait, deadline)) {
          LOG.debug("{} got HTTP {}; retrying in {} ms", op.operationId(), status, wait.toMillis());
          call.retry(attempt, "HTTP " + status, wait);
          response.close();
          sleep(sleeper, wait, op);
          continue;
        }
      }
      return response;
    }
  }

  /**
   * Reads a streamed body that Feign would read whole anyway, within the attempt. Feign reads a
   * body of known length up to {@value #FEIGN_BUFFERS_UP_TO} bytes before it hands a {@code
   * Response} back ({@code InvocationContext}'s {@code MAX_RESPONSE_BUFFER_SIZE}), after this loop:
   * a small download cut short or stalled there would fail as a raw {@code FeignException} holding
   * the request, token included, and would never be retried. Read here, its failure is one more I/O
   * failure of the attempt, retried and typed like the others.
   */
  private static Response withSmallBodyRead(Response response) throws IOException {
    Response.Body body = response.body();
    if (body == null
        || body.isRepeatable()
        || body.length() == null
        || body.length() > FEIGN_BUFFERS_UP_TO) {
      return response;
    }
    try (InputStream in = body.asInputStream()) {
      return response.toBuilder().body(in.readNBytes(body.length())).build();
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }

  /** The {@code op} field of a JSON body, which selects the operation of Ballistica's file POST. */
  private static String bodyOp(Request request, OperationInfo operation) {
    byte[] body = request.body();
    if (operation.idempotentOps().isEmpty() || body == null || body.length == 0 || body[0] != '{') {
      return null;
    }
    try {
      JsonNode node = Json.shared().readTree(body);
      JsonNode op = node.get("op");
      return op == null ? null : op.asText();
    } catch (IOException notJson) {
      return null;
    }
  }

  /**
   * Returns the options of the next attempt: its timeouts shrunk to what is left of the call's
   * deadline, so no attempt runs past it.
   *
   * @throws TransportException (a timeout) when the deadline has passed
   */
  private Request.Options withinDeadline(
      Request.Options options, Clock clock, Instant deadline, OperationInfo op) {
    long left = Duration.between(clock.instant(), deadline).toMillis();
    if (left <= 0) {
      throw TransportException.of(
          op.operationId(),
          new HttpTimeoutException(
              "the call's deadline of "
                  + settings.callTimeout().toMillis()
                  + " ms passed before the next attempt"));
    }
    if (left >= options.readTimeoutMillis() && left >= options.connectTimeoutMillis()) {
      return options;
    }
    return new Request.Options(
        Math.min(left, options.connectTimeoutMillis()),
        TimeUnit.MILLISECONDS,
        Math.min(left, options.readTimeoutMillis()),
        TimeUnit.MILLISECONDS,
        options.isFollowRedirects());
  }

  /** The response (or failure) is here, so the server has counted the request: start its window. */
  private static void release(ClassLimiter.Permit permit) {
    if (permit != null) {
      permit.release();
    }
  }

  private static boolean fits(Clock clock, Duration wait, Instant deadline) {
    return !clock.instant().plus(wait).isAfter(deadline);
  }

  private static void sleep(Sleeper sleeper, Duration wait, OperationInfo op) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(op.operationId(), op.operationId() + " interrupted", e);
    }
  }

  private static String firstHeader(Response response, String name) {
    for (var header : response.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        Collection<String> values = header.getValue();
        return values.isEmpty() ? null : values.iterator().next();
      }
    }
    return null;
  }
}
