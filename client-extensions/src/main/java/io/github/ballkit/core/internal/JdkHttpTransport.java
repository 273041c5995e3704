package io.github.ballkit.core.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Feign's {@link Client} over {@code java.net.http}: no extra HTTP dependency.
 *
 * <p>Written here rather than using feign-java11's {@code Http2Client} because that client (1)
 * follows redirects to any host with every header, the token included, (2) streams every body, so a
 * server that dribbles a JSON body is never timed out, and (3) keeps one JDK client per timeout
 * setting. This one never lets redirects leave the origin with the {@code Authorization} header,
 * reads JSON bodies whole under the read timeout, and streams only binary downloads (requests that
 * accept {@code application/octet-stream}), where the read timeout bounds the wait for the headers
 * and then each read of the body ({@link IdleTimeoutInputStream}).
 */
public final class JdkHttpTransport implements Client {
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");
  private static final int MAX_REDIRECTS = 5;

  private final HttpClient http;
  private final Redactor redactor;
  private final Duration readTimeout;

  /**
   * Creates the transport on its own, as the benchmarks measure it: there is no token to mask, and
   * each read of a download's body waits at most the read timeout of the request's options.
   *
   * @param http the JDK client; it must not follow redirects itself
   */
  public JdkHttpTransport(HttpClient http) {
    this(http, new Redactor(null), null);
  }

  /**
   * Creates the transport of a client.
   *
   * @param http the JDK client; it must not follow redirects itself
   * @param redactor masks the token in what the server sends back
   * @param readTimeout the configured read timeout, which each read of a download's body may wait
   *     (the options of an attempt carry it cut to what is left of the call), or {@code null} to
   *     take the options' value
   */
  JdkHttpTransport(HttpClient http, Redactor redactor, Duration readTimeout) {
    this.http = http;
    this.redactor = redactor;
    this.readTimeout = readTimeout;
  }

  /**
   * Returns the JDK client, shared with calls that go outside Feign (signed upload URLs).
   *
   * @return the client
   */
  public HttpClient http() {
    return http;
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
              : TransferTracker.counting(
                  OperationNames.of(request), HttpRequest.BodyPublishers.ofByteArray(body)));
      HttpResponse<InputStream> response =
          streaming
              ? send(builder.build(), HttpResponse.BodyHandlers.ofInputStream(), timeout)
              : buffered(builder.build(), timeout);
      URI location = redirectTarget(request, response, uri);
      if (location == null || hop >= MAX_REDIRECTS) {
        InputStream responseBody =
            streaming
                ? new IdleTimeoutInputStream(
                    response.body(),
                    readTimeout != null ? readTimeout.toMillis() : budgetMillis,
                    OperationNames.of(request))
                : response.body();
        return toFeign(request, response, responseBody);
      }
      response.body().close();
      if (!sameOrigin(uri, location)) {
        headers = withoutCredentials(headers);
      }
      if (response.statusCode() == 303) {
        method = "GET";
        body = null;
      }
      uri = location;
    }
  }

  private HttpResponse<InputStream> buffered(HttpRequest request, Duration timeout)
      throws IOException {
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(), timeout);
    return new BufferedResponse(response);
  }

  private <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, Duration timeout)
      throws IOException {
    return TimedExchange.send(http, request, handler, timeout);
  }

  /**
   * Tells whether the JDK sets a header itself and refuses it from callers.
   *
   * @param name the header name, any case
   * @return {@code true} for {@code Connection}, {@code Content-Length}, {@code Expect}, {@code
   *     Host} and {@code Upgrade}
   */
  static boolean isRestricted(String name) {
    return RESTRICTED.contains(name.toLowerCase(Locale.ROOT));
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
  private URI redirectTarget(Request request, HttpResponse<InputStream> response, URI current)
      throws IOException {
    int status = response.statusCode();
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
      response.body().close();
      Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      response.headers().map().forEach(headers::put);
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
      Request request, HttpResponse<InputStream> response, InputStream body) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().map().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    Integer length =
        response instanceof BufferedResponse buffered
            ? Integer.valueOf(buffered.length())
            : response.headers().firstValueAsLong("Content-Length").stream()
                .filter(value -> value <= Integer.MAX_VALUE)
                .mapToObj(value -> Integer.valueOf((int) value))
                .findFirst()
                .orElse(null);
    return Response.builder()
        .status(response.statusCode())
        .reason(null)
        .headers(headers)
        .request(request)
        .body(body, length)
        .build();
  }

  /** A fully read response presented as a stream, so both kinds convert the same way. */
  private static final class BufferedResponse implements HttpResponse<InputStream> {
    private final HttpResponse<byte[]> delegate;

    BufferedResponse(HttpResponse<byte[]> delegate) {
      this.delegate = delegate;
    }

    int length() {
      return delegate.body() == null ? 0 : delegate.body().length;
    }

    @Override
    public int statusCode() {
      return delegate.statusCode();
    }

    @Override
    public HttpRequest request() {
      return delegate.request();
    }

    @Override
    public java.util.Optional<HttpResponse<InputStream>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return delegate.headers();
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(delegate.body() == null ? new byte[0] : delegate.body());
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return delegate.sslSession();
    }

    @Override
    public URI uri() {
      return delegate.uri();
    }

    @Override
    public HttpClient.Version version() {
      return delegate.version();
    }
  }
}
