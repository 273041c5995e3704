package io.github.ballkit.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Marks the answers WireMock makes up when a proxied request fails (connection refused or reset,
 * timeout: a 500 with a text body), so they are not mistaken for the target's own 500. Only the
 * live response knows whether it came from the target; the request journal does not keep it.
 */
final class ProxyFailureMarker implements ResponseTransformerV2 {
  /** The header the marked answers carry. */
  static final String HEADER = "X-Ballkit-Proxy-Failure";

  @Override
  public String getName() {
    return "ballkit-proxy-failure-marker";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    if (!serveEvent.getResponseDefinition().isProxyResponse() || response.isFromProxy()) {
      return response;
    }
    return Response.Builder.like(response)
        .but()
        .headers(
            response
                .getHeaders()
                .plus(new com.github.tomakehurst.wiremock.http.HttpHeader(HEADER, "true")))
        .build();
  }
}
