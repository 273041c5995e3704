package io.github.ballkit.micrometer;

import io.github.ballkit.core.CallInfo;
import io.github.ballkit.core.EventListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * A ballkit {@link EventListener} that records Micrometer meters; set it on a client's builder:
 *
 * <pre>{@code
 * BallchasingClient client = BallchasingClient.builder()
 *     .token(token)
 *     .eventListener(BallkitMetrics.of(registry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>api, operation, rate_limit_class, status,
 *       outcome</td><td>calls and their latency, waits and retries included; {@code status} is
 *       the HTTP status, or {@code NONE} for a call that got no response</td></tr>
 *   <tr><td>{@value #RATE_LIMITED}</td><td>counter</td><td>api, operation, rate_limit_class</td>
 *       <td>429 answers</td></tr>
 *   <tr><td>{@value #LIMITER_WAITS}</td><td>timer</td><td>api, rate_limit_class</td><td>waits
 *       before sending, for the spec's limits or a 429's pause</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>api, operation, reason</td><td>attempts sent
 *       again; {@code reason} is {@code http_429}, {@code http_503}, ... or {@code
 *       connection}</td></tr>
 *   <tr><td>{@value #BYTES_SENT}, {@value #BYTES_RECEIVED}</td><td>distribution summary
 *       (bytes)</td><td>api, operation</td><td>request and response body sizes</td></tr>
 * </table>
 *
 * <p>Every tag value comes from a small fixed set (the spec's operations and classes, HTTP
 * statuses), so the meters stay few.
 */
public final class BallkitMetrics implements EventListener {
  /** Calls: count and latency. */
  public static final String CALLS = "ballkit.calls";

  /** 429 answers. */
  public static final String RATE_LIMITED = "ballkit.rate.limited";

  /** Waits for the rate limiter. */
  public static final String LIMITER_WAITS = "ballkit.limiter.waits";

  /** Attempts sent again. */
  public static final String RETRIES = "ballkit.retries";

  /** Request body sizes. */
  public static final String BYTES_SENT = "ballkit.bytes.sent";

  /** Response body sizes. */
  public static final String BYTES_RECEIVED = "ballkit.bytes.received";

  private final MeterRegistry registry;
  private final Tags common;

  private BallkitMetrics(MeterRegistry registry, Tags common) {
    this.registry = registry;
    this.common = common;
  }

  /**
   * Records into a registry.
   *
   * @param registry the registry
   * @return the listener
   */
  public static BallkitMetrics of(MeterRegistry registry) {
    return of(registry, Tags.empty());
  }

  /**
   * Records into a registry, adding tags to every meter (say, the tenant a client serves).
   *
   * @param registry the registry
   * @param tags tags for every meter
   * @return the listener
   */
  public static BallkitMetrics of(MeterRegistry registry, Iterable<Tag> tags) {
    return new BallkitMetrics(
        Objects.requireNonNull(registry, "registry"),
        Tags.of(Objects.requireNonNull(tags, "tags")));
  }

  @Override
  public void callEnd(CallInfo call, int status, Duration elapsed) {
    calls(call, Integer.toString(status), outcome(status)).record(elapsed);
  }

  @Override
  public void callFailed(CallInfo call, Throwable failure, Duration elapsed) {
    calls(call, "NONE", "FAILED").record(elapsed);
  }

  @Override
  public void rateLimited(CallInfo call, Duration retryAfter) {
    Counter.builder(RATE_LIMITED)
        .description("429 Too Many Requests answers")
        .tags(operationTags(call))
        .tag("rate_limit_class", call.rateLimitClass())
        .register(registry)
        .increment();
  }

  @Override
  public void limiterWait(CallInfo call, Duration wait) {
    Timer.builder(LIMITER_WAITS)
        .description("waits before sending, to keep to the rate limits")
        .tags(common)
        .tag("api", call.api())
        .tag("rate_limit_class", call.rateLimitClass())
        .register(registry)
        .record(wait);
  }

  @Override
  public void retry(CallInfo call, int attempt, String reason, Duration wait) {
    Counter.builder(RETRIES)
        .description("attempts sent again after a failure or a 429")
        .tags(operationTags(call))
        .tag("reason", reason(reason))
        .register(registry)
        .increment();
  }

  @Override
  public void bytesSent(CallInfo call, long bytes) {
    bytes(BYTES_SENT, "request body sizes", call).record(bytes);
  }

  @Override
  public void bytesReceived(CallInfo call, long bytes) {
    bytes(BYTES_RECEIVED, "response body sizes", call).record(bytes);
  }

  private Timer calls(CallInfo call, String status, String outcome) {
    return Timer.builder(CALLS)
        .description("API calls, waits and retries included")
        .tags(operationTags(call))
        .tag("rate_limit_class", call.rateLimitClass())
        .tag("status", status)
        .tag("outcome", outcome)
        .register(registry);
  }

  private DistributionSummary bytes(String name, String description, CallInfo call) {
    return DistributionSummary.builder(name)
        .description(description)
        .baseUnit("bytes")
        .tags(operationTags(call))
        .register(registry);
  }

  private Tags operationTags(CallInfo call) {
    return common.and("api", call.api(), "operation", call.operation());
  }

  /** The outcome classes of Micrometer's HTTP client conventions. */
  private static String outcome(int status) {
    if (status < 200) {
      return "INFORMATIONAL";
    }
    if (status < 300) {
      return "SUCCESS";
    }
    if (status < 400) {
      return "REDIRECTION";
    }
    return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
  }

  /** A bounded tag for a retry's reason: {@code http_503} and the like, else {@code connection}. */
  private static String reason(String reason) {
    if (reason != null && reason.matches("HTTP \\d{3}")) {
      return "http_" + reason.substring(5);
    }
    return "connection";
  }

  @Override
  public String toString() {
    return "BallkitMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
