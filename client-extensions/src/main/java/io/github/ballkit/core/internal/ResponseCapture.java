package io.github.ballkit.core.internal;

import feign.FeignException;
import feign.InvocationContext;
import feign.Response;
import feign.ResponseInterceptor;
import feign.codec.DecodeException;
import io.github.ballkit.core.ApiResponse;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wraps Feign's decoding of every response: records the exchange (status, headers, operation) for
 * {@link #exchange(Supplier)} on the calling thread, lets ballkit's own exceptions out of Feign's
 * {@code DecodeException} wrapper, and turns any other failure into a ballkit exception. A Feign
 * exception never escapes, nor is it kept as a cause: it holds the request, whose headers carry the
 * token.
 */
final class ResponseCapture implements ResponseInterceptor {
  private static final ThreadLocal<List<ApiResponse.Exchange>> CURRENT = new ThreadLocal<>();

  private final Redactor redactor;

  ResponseCapture(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    record(context.response());
    String operation = OperationNames.of(context.response());
    try {
      return chain.next(context);
    } catch (DecodeException e) {
      if (e.getCause() instanceof BallkitException ballkit) {
        throw ballkit;
      }
      throw undecodable(operation, context.response(), e.getCause());
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
   * Records a response for {@link #exchange(Supplier)}, when one runs on this thread.
   *
   * @param response the response
   */
  static void record(Response response) {
    List<ApiResponse.Exchange> exchanges = CURRENT.get();
    if (exchanges != null) {
      exchanges.add(
          new ApiResponse.Exchange(
              OperationNames.of(response),
              response.status(),
              HeaderMaps.copyOf(response.headers())));
    }
  }

  /**
   * Returns the error of a body that failed to decode for a reason ballkit did not type.
   *
   * @param operation the operation
   * @param response the response
   * @param cause what failed, or {@code null}; only its class is named, never its message
   * @return the exception
   */
  MalformedResponseException undecodable(String operation, Response response, Throwable cause) {
    return new MalformedResponseException(
        redactor.detailsWithoutBody(operation, response),
        "the body could not be decoded ("
            + (cause == null ? "no cause" : cause.getClass().getName())
            + ")");
  }

  /**
   * Runs calls and returns their value with every exchange they made, the last one first among
   * equals: the response that completed the value.
   *
   * @param call API calls on this thread
   * @param <T> the value type
   * @return the value with status, headers and operation of each response
   */
  static <T> ApiResponse<T> exchange(Supplier<T> call) {
    List<ApiResponse.Exchange> previous = CURRENT.get();
    List<ApiResponse.Exchange> exchanges = new ArrayList<>();
    CURRENT.set(exchanges);
    try {
      T value = call.get();
      if (exchanges.isEmpty()) {
        throw new IllegalStateException("the callback made no API call through this client");
      }
      ApiResponse.Exchange last = exchanges.get(exchanges.size() - 1);
      return new ApiResponse<>(last.operation(), last.status(), last.headers(), value, exchanges);
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
