package io.github.ballkit.core.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ballkit.core.ClientClosedException;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Feign's {@link Client} over {@code java.net.http}: no extra HTTP dependency.
 *
 * <p>Written here rather than using feign-java11's {@code Http2Client} because that client (1)
 * follows redirects to any host with every header, the token included, (2) streams every body, so a
 * server that dribbles a JSON body is never timed out, and (3) keeps one JDK client per timeout
 * setting. This one never lets redirects leave the origin with the {@code Authorization} header,
 * reads JSON bodies whole under the read timeout and up to a size limit, and streams only binary
 * downloads (requests that accept {@code application/octet-stream}), where the read timeout bounds
 * the wait for the headers and then each read of the body ({@link IdleTimeoutInputStream}).
 *
 * <p>Every exchange is sent with {@code HttpClient.send} on the caller's thread, the cheapest way
 * the JDK offers. Its request timeout bounds only the wait for the headers; a JSON body is then
 * bounded by what is left of the attempt ({@link BoundedBody}), a download's body per read.
 */
public final class JdkHttpTransport implements Client {
  private static final List<String> RESTRICTED =
      List.of("connection", "content-length", "expect", "host", "upgrade");
  private static final int MAX_REDIRECTS = 5;

  private final HttpPool pool;
  private final Redactor redactor;
  private final Duration readTimeout;
  private final int maxJsonBytes;

  /**
   * Creates the transport on its own, as the benchmarks measure it: there is no token to mask, and
   * each read of a download's body waits at most the read timeout of the request's options.
   *
   * @param http the JDK client; it must not follow redirects itself
   */
  public JdkHttpTransport(HttpClient http) {
    this(HttpPool.of(http), new Redactor(null), null, RuntimeSettings.DEFAULT_MAX_JSON_BYTES);
  }

  /**
   * Creates the transport of a client.
   *
   * @param pool the JDK client; it must not follow redirects itself
   * @param redactor masks the token in what the server sends back
   * @param readTimeout the configured read timeout, which each read of a download's body may wait
   *     (the options of an attempt carry it cut to what is left of the call), or {@code null} to
   *     take the options' value
   * @param maxJsonBytes the largest success body read whole; a larger one is refused
   */
  JdkHttpTransport(HttpPool pool, Redactor redactor, Duration readTimeout, int maxJsonBytes) {
    this.pool = pool;
    this.redactor = redactor;
    this.readTimeout = readTimeout;
    this.maxJsonBytes = maxJsonBytes;
  }

  /**
   * Returns the JDK client, shared with calls that go outside Feign (signed upload URLs).
   *
   * @return the client, or {@code null} once the pool is shut down
   */
  public HttpClient http() {
    return pool.http();
  }

  /**
   * Sends the request and follows redirects. The attempt's read timeout (cut by {@link
   * ResilientClient} to what is left of the call's deadline) bounds the whole chain: each hop gets
   * only what the hops before it left. A download's body is then bounded per read by the configured
   * read timeout, not by what was left when its headers arrived.
   */
  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    URI uri = URI.create(request.url());
    String method = request.httpMethod().name();
    Map<String, Collection<String>> headers = request.headers();
    byte[] body = request.body();
    long budgetMillis = options.readTimeoutMillis();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    boolean streaming = acceptsBinary(headers);
    String operation = OperationNames.of(request);
    HttpClient http = pool.http();
    if (http == null) {
      throw new ClientClosedException(operation);
    }
    for (int hop = 0; ; hop++) {
      Duration timeout = Duration.ofNanos(end - System.nanoTime());
      if (timeout.isNegative() || timeout.isZero()) {
        throw new HttpTimeoutException(
            "no response within " + budgetMillis + " ms, after following " + hop + " redirects");
      }
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
      headers.forEach(
          (name, values) -> {
            if (!isRestricted(name)) {
              values.forEach(value -> builder.header(name, value));
            }
          });
      builder.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : TransferTracker.counting(operation, HttpRequest.BodyPublishers.ofByteArray(body)));
      Hop response =
          streaming
              ? streamed(http, builder.build())
              : buffered(http, builder.build(), timeout, operation);
      URI location = redirectTarget(request, response, uri);
      if (location == null || hop >= MAX_REDIRECTS) {
        return toFeign(
            request,
            response,
            readTimeout != null ? readTimeout.toMillis() : budgetMillis,
            operation);
      }
      response.close();
      if (!sameOrigin(uri, location)) {
        headers = withoutCredentials(headers);
      }
      if (response.status() == 303) {
        method = "GET";
        body = null;
      }
      uri = location;
    }
  }

  /**
   * One response of the redirect chain: a JSON body read whole, or a download's body still to be
   * streamed.
   */
  private record Hop(int status, HttpHeaders headers, byte[] bytes, InputStream stream) {
    void close() throws IOException {
      if (stream != null) {
        stream.close();
      }
    }
  }

  /** Sends a download: {@code send} returns at the headers, within the request's timeout. */
  private static Hop streamed(HttpClient http, HttpRequest request) throws IOException {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new Hop(response.statusCode(), response.headers(), null, response.body());
  }

  /**
   * Reads a JSON response whole, within the attempt's time: a success body up to {@code
   * maxJsonBytes} (past it a {@link ResponseTooLargeException}, which is not retried), any other
   * body up to what the error decoder keeps of it.
   */
  private Hop buffered(HttpClient http, HttpRequest request, Duration timeout, String operation)
      throws IOException {
    int errorBytes = ErrorExcerpt.MAX_BYTES + redactor.overlap();
    try {
      BoundedBody.Kept kept =
          BoundedBody.send(http, request, BoundedBody.forApi(maxJsonBytes, errorBytes), timeout);
      return new Hop(kept.status(), kept.headers(), kept.body(), null);
    } catch (BoundedBody.TooLargeException tooLarge) {
      throw new ResponseTooLargeException(
          ErrorDetails.of(
              operation,
              tooLarge.status(),
              redactor.headers(feignHeaders(tooLarge.headers())),
              null,
              null,
              null,
              null),
          tooLarge.limit());
    }
  }

  private static Map<String, Collection<String>> feignHeaders(HttpHeaders headers) {
    Map<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.map().forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }

  /**
   * Tells whether the JDK sets a header itself and refuses it from callers.
   *
   * @param name the header name, any case
   * @return {@code true} for {@code Connection}, {@code Content-Length}, {@code Expect}, {@code
   *     Host} and {@code Upgrade}
   */
  static boolean isRestricted(String name) {
    for (String restricted : RESTRICTED) {
      if (restricted.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean acceptsBinary(Map<String, Collection<String>> headers) {
    for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase("Accept")) {
        for (String value : header.getValue()) {
          if (value.startsWith("application/octet-stream")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns where a redirect points, or {@code null} when the response is not one to follow.
   *
   * @throws MalformedResponseException when the {@code Location} is not an http(s) URL
   */
  private URI redirectTarget(Request request, Hop response, URI current) throws IOException {
    int status = response.status();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      return null;
    }
    String location = response.headers().firstValue("Location").orElse(null);
    if (location == null) {
      return null;
    }
    URI target;
    try {
      target = current.resolve(new URI(location.strip()));
    } catch (URISyntaxException e) {
      target = null;
    }
    if (target == null
        || target.getHost() == null
        || !("http".equalsIgnoreCase(target.getScheme())
            || "https".equalsIgnoreCase(target.getScheme()))) {
      response.close();
      Map<String, Collection<String>> headers = feignHeaders(response.headers());
      String operation = OperationNames.of(request);
      // The Location may carry the token (a server echoing the request): mask it before the cut,
      // so no part of it survives at the end of the excerpt either.
      throw new MalformedResponseException(
          ErrorDetails.of(operation, status, redactor.headers(headers), null, null, null, null),
          "a redirect whose Location header is not an http(s) URL: '"
              + excerpt(redactor.text(location))
              + "'");
    }
    return target;
  }

  private static String excerpt(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 200 ? printable.substring(0, 200) + "..." : printable;
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static Map<String, Collection<String>> withoutCredentials(
      Map<String, Collection<String>> headers) {
    Map<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    copy.remove("Authorization");
    copy.remove("Cookie");
    return copy;
  }

  private static Response toFeign(
      Request request, Hop response, long readTimeoutMillis, String operation) {
    // Feign copies the headers into a case-insensitive map of its own: hand them over as they are
    Response.Builder feign =
        Response.builder()
            .status(response.status())
            .reason(null)
            .headers(Collections.unmodifiableMap(response.headers().map()))
            .request(request);
    if (response.bytes() != null) {
      // repeatable: read again without I/O, and decoded from these very bytes
      return feign.body(new KeptBody(response.bytes())).build();
    }
    Integer length =
        response.headers().firstValueAsLong("Content-Length").stream()
            .filter(value -> value <= Integer.MAX_VALUE)
            .mapToObj(value -> Integer.valueOf((int) value))
            .findFirst()
            .orElse(null);
    InputStream body = new IdleTimeoutInputStream(response.stream(), readTimeoutMillis, operation);
    return feign.body(body, length).build();
  }
}
