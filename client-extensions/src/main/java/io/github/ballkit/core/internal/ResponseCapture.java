package io.github.ballkit.core.internal;

import feign.FeignException;
import feign.InvocationContext;
import feign.ResponseInterceptor;
import feign.codec.DecodeException;
import io.github.ballkit.core.ApiResponse;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.TransportException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Wraps Feign's decoding of every response: records the exchange (status, headers, operation) for
 * {@link #exchange(Supplier)} on the calling thread, lets ballkit's own exceptions out of Feign's
 * {@code DecodeException} wrapper, and turns any other failure into a ballkit exception. A Feign
 * exception never escapes, nor is it kept as a cause: it holds the request, whose headers carry the
 * token.
 */
final class ResponseCapture implements ResponseInterceptor {
  private static final ThreadLocal<Exchange[]> CURRENT = new ThreadLocal<>();

  private final Redactor redactor;

  ResponseCapture(Redactor redactor) {
    this.redactor = redactor;
  }

  /** What one response looked like, before its body was decoded. */
  private record Exchange(String operation, int status, Map<String, List<String>> headers) {}

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    Exchange[] slot = CURRENT.get();
    if (slot != null) {
      var response = context.response();
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      response.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
      slot[0] =
          new Exchange(
              OperationNames.of(context.response()),
              response.status(),
              java.util.Collections.unmodifiableMap(headers));
    }
    String operation = OperationNames.of(context.response());
    try {
      return chain.next(context);
    } catch (DecodeException e) {
      if (e.getCause() instanceof BallkitException ballkit) {
        throw ballkit;
      }
      var response = context.response();
      throw new MalformedResponseException(
          ErrorDetails.of(
              operation,
              response.status(),
              redactor.headers(response.headers()),
              null,
              null,
              null,
              null),
          "the body could not be decoded ("
              + (e.getCause() == null ? "no cause" : e.getCause().getClass().getName())
              + ")");
    } catch (FeignException e) {
      if (e.getCause() instanceof IOException io) {
        throw TransportException.of(operation, io);
      }
      throw new TransportException(
          operation,
          operation + " failed: " + e.getClass().getSimpleName() + " (HTTP " + e.status() + ")",
          e.getCause() instanceof FeignException ? null : e.getCause());
    } catch (IOException e) {
      throw TransportException.of(operation, e);
    }
  }

  /**
   * Runs one call and returns its value with the exchange it came from.
   *
   * @param call a single API call on this thread
   * @param <T> the value type
   * @return the value with status, headers and operation
   */
  static <T> ApiResponse<T> exchange(Supplier<T> call) {
    Exchange[] previous = CURRENT.get();
    Exchange[] slot = new Exchange[1];
    CURRENT.set(slot);
    try {
      T value = call.get();
      Exchange exchange = slot[0];
      if (exchange == null) {
        throw new IllegalStateException("the callback made no API call through this client");
      }
      return new ApiResponse<>(exchange.operation(), exchange.status(), exchange.headers(), value);
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
