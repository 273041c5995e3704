package io.github.ballkit.testkit.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ballkit.testkit.Api;
import io.github.ballkit.testkit.InvalidStubException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link ValidatingServer} whose one stub forwards every request to a target server, so the
 * target's traffic is validated like a mock's. The spec's base path is taken off before forwarding
 * and the target's own path put on, so a target mounted elsewhere (Prism serves the spec's paths at
 * its root) works with the same client base URL.
 */
public final class ProxyServer implements AutoCloseable {
  /**
   * Headers that describe one connection's framing, not the answer: left out of recorded stubs, as
   * are the {@code Matched-Stub-*} headers a WireMock target adds.
   */
  private static final Set<String> FRAMING =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding");

  private final ValidatingServer server;
  private final StubValidator stubValidator;
  private final String target;

  /**
   * Starts the proxy.
   *
   * @param api the API whose spec applies
   * @param targetBaseUrl the target's base URL as a client would use it
   * @param port the port, or 0 for a free one
   * @param timeout how long one forwarded request may take
   * @throws IllegalArgumentException when the target is not an absolute http(s) URL
   */
  public ProxyServer(Api api, String targetBaseUrl, int port, Duration timeout) {
    this.target = checkedTarget(targetBaseUrl);
    int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    this.server =
        new ValidatingServer(
            api,
            port,
            false,
            path -> false,
            v -> {},
            config -> config.proxyTimeout(millis).gzipDisabled(true),
            new ProxyFailureMarker());
    this.stubValidator = new StubValidator(SpecValidator.of(api));
    server.wireMock().stubFor(any(anyUrl()).willReturn(forward()));
  }

  private ResponseDefinitionBuilder.ProxyResponseDefinitionBuilder forward() {
    String basePath = server.spec().basePath();
    var forward = aResponse().proxiedFrom(target);
    return basePath.isEmpty() ? forward : forward.withProxyUrlPrefixToRemove(basePath);
  }

  /**
   * Forwards requests whose {@code Authorization} contains a marker without that header, so a
   * client that must always send a token can stand for one that sends none.
   *
   * @param marker the marker token
   */
  public void stripAuthorizationFor(String marker) {
    server
        .wireMock()
        .stubFor(
            any(anyUrl())
                .atPriority(1)
                .withHeader("Authorization", containing(marker))
                .willReturn(forward().withRemoveRequestHeader("Authorization")));
  }

  private static String checkedTarget(String url) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the target is not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the target must be an absolute http(s) URL such as http://127.0.0.1:4010, not " + url);
    }
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * The validating server underneath.
   *
   * @return the server
   */
  public ValidatingServer validating() {
    return server;
  }

  /**
   * The forwarded exchanges as stubs for their exact URL, each checked against the spec.
   *
   * @return the stubs, oldest exchange first
   * @throws InvalidStubException naming each exchange whose stub breaks the spec
   */
  public List<StubMapping> recordedStubs() {
    List<ServeEvent> events = new ArrayList<>(server.wireMock().getAllServeEvents());
    events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    List<StubMapping> stubs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ServeEvent event : events) {
      if (!event.getResponseDefinition().isProxyResponse()
          || TrafficValidator.isProxyFailure(event)) {
        continue;
      }
      StubMapping stub = stubOf(event);
      try {
        stubValidator.check(stub);
        stubs.add(stub);
      } catch (InvalidStubException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidStubException(
          problems.size()
              + " recorded exchange(s) break the spec and cannot be kept as stubs:\n"
              + String.join("\n", problems));
    }
    return stubs;
  }

  private static StubMapping stubOf(ServeEvent event) {
    LoggedResponse response = event.getResponse();
    ResponseDefinitionBuilder answer = aResponse().withStatus(response.getStatus());
    if (response.getHeaders() != null) {
      for (HttpHeader header : response.getHeaders().all()) {
        String name = header.key().toLowerCase(Locale.ROOT);
        if (!FRAMING.contains(name) && !name.startsWith("matched-stub-")) {
          answer.withHeader(header.key(), header.values().toArray(String[]::new));
        }
      }
    }
    byte[] body = response.getBody();
    if (body != null && body.length > 0) {
      String type = response.getHeaders() == null ? "" : contentType(response);
      if (type.contains("json") || type.startsWith("text/")) {
        answer.withBody(new String(body, StandardCharsets.UTF_8));
      } else {
        answer.withBody(body);
      }
    }
    String method = event.getRequest().getMethod().getName();
    return request(method, urlEqualTo(event.getRequest().getUrl())).willReturn(answer).build();
  }

  private static String contentType(LoggedResponse response) {
    HttpHeader type = response.getHeaders().getHeader("Content-Type");
    return type.isPresent() ? type.firstValue().toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Writes the recorded stubs as WireMock mapping files.
   *
   * @param directory the mappings directory
   * @return the files written
   */
  public List<Path> writeStubs(Path directory) {
    List<StubMapping> stubs = recordedStubs();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      int n = 0;
      for (StubMapping stub : stubs) {
        n++;
        String url = stub.getRequest().getUrl();
        String method = stub.getRequest().getMethod().getName();
        String operation =
            server
                .spec()
                .resolve(method, URI.create(url).getRawPath())
                .map(SpecOperation::id)
                .orElse("exchange");
        Path file = directory.resolve(String.format("%03d-%s.json", n, operation));
        Files.writeString(file, StubMapping.buildJsonStringFor(stub), StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write stubs to " + directory, e);
    }
    return written;
  }

  @Override
  public void close() {
    server.close();
  }
}
