package io.github.ballkit.testkit.internal;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A WireMock serve-event listener that validates every request WireMock received and every response
 * it served against the spec, and records the violations in a {@link ViolationLog}. A request no
 * stub matched is a violation of its own.
 */
public final class TrafficValidator implements ServeEventListener {
  /**
   * The rule of an exchange a proxy could not forward: the server behind it refused the connection,
   * reset it, or did not answer within the proxy's timeout.
   */
  public static final String UPSTREAM_FAILED = "ballkit.proxy.upstream-failed";

  private final SpecValidator validator;
  private final ViolationLog log;
  private final Predicate<String> outsideSpec;
  private final String name;

  /**
   * Creates the listener.
   *
   * @param validator the spec to check against
   * @param log where violations go
   * @param outsideSpec raw paths that are not part of the API (such as an emulator's signed-upload
   *     URL); they are not validated
   */
  public TrafficValidator(
      SpecValidator validator, ViolationLog log, Predicate<String> outsideSpec) {
    this.validator = validator;
    this.log = log;
    this.outsideSpec = outsideSpec;
    this.name = "ballkit-traffic-validator-" + validator.spec().api().name().toLowerCase();
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    List<Violation> found;
    try {
      found = check(event);
    } catch (RuntimeException e) {
      LoggedRequest request = event.getRequest();
      found =
          List.of(
              new Violation(
                  request.getMethod().getName() + " " + request.getUrl(),
                  "ballkit.validator.failed",
                  "the exchange could not be validated: " + e,
                  ""));
    }
    log.record(found);
  }

  /**
   * Whether WireMock made the answer up because the proxied request failed.
   *
   * @param event a served exchange
   * @return true for a proxy's failure answer
   */
  public static boolean isProxyFailure(ServeEvent event) {
    return event.getResponse().getHeaders() != null
        && event.getResponse().getHeaders().getHeader(ProxyFailureMarker.HEADER).isPresent();
  }

  private List<Violation> check(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    String path = validator.spec().canonicalPath(Exchanges.rawPath(request));
    if (outsideSpec.test(path) || path.startsWith("/__admin")) {
      return List.of();
    }
    String method = request.getMethod().getName();
    String operation =
        validator.spec().resolve(method, path).map(SpecOperation::id).orElse("no spec operation");
    SimpleRequest specRequest = Exchanges.request(request, validator.validatorPath(method, path));
    if (!event.getWasMatched()) {
      List<Violation> out = new ArrayList<>();
      String exchange = method + " " + request.getUrl() + " (" + operation + ")";
      out.add(
          new Violation(
              exchange,
              "ballkit.request.unmatched",
              "no stub matched this request; register one (see Stubs) or fix the request",
              ""));
      out.addAll(validator.validateRequest(specRequest, exchange));
      return out;
    }
    int status = event.getResponse().getStatus();
    if (isProxyFailure(event)) {
      return List.of(
          new Violation(
              method + " " + request.getUrl() + " (" + operation + ")",
              UPSTREAM_FAILED,
              "the proxied server gave no HTTP answer: "
                  + BodyExcerpt.shorten(event.getResponse().getBodyAsString()),
              ""));
    }
    String exchange = method + " " + request.getUrl() + " -> " + status + " (" + operation + ")";
    List<Violation> found =
        new ArrayList<>(
            validator.validate(specRequest, Exchanges.response(event.getResponse()), exchange));
    untypedBody(event, method, path, exchange).ifPresent(found::add);
    return found;
  }

  /**
   * A body without {@code Content-Type} where the spec declares content: the Atlassian validator
   * then checks neither type nor body, so a page of HTML would pass.
   */
  private java.util.Optional<Violation> untypedBody(
      ServeEvent event, String method, String path, String exchange) {
    byte[] body = event.getResponse().getBody();
    boolean typed =
        event.getResponse().getHeaders() != null
            && event.getResponse().getHeaders().getHeader("Content-Type").isPresent();
    if (body == null || body.length == 0 || typed) {
      return java.util.Optional.empty();
    }
    return validator
        .spec()
        .resolve(method, path)
        .flatMap(op -> op.response(event.getResponse().getStatus()))
        .filter(response -> response.getContent() != null && !response.getContent().isEmpty())
        .map(
            response ->
                new Violation(
                    exchange,
                    "ballkit.response.contentType.missing",
                    "the response has a body but no Content-Type; the spec declares "
                        + response.getContent().keySet(),
                    "body = "
                        + BodyExcerpt.shorten(
                            new String(body, java.nio.charset.StandardCharsets.UTF_8))));
  }
}
