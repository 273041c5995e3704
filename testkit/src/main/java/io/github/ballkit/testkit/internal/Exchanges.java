package io.github.ballkit.testkit.internal;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.Locale;

/** Translates what WireMock logged into the validator's request and response model. */
public final class Exchanges {
  private Exchanges() {}

  /**
   * The raw path of a logged request, without query string.
   *
   * @param request the request
   * @return the path as sent (percent-encoding kept)
   */
  public static String rawPath(LoggedRequest request) {
    return URI.create(request.getUrl()).getRawPath();
  }

  /**
   * The validator's view of a logged request.
   *
   * @param request what WireMock received
   * @param path the path to validate (see {@link SpecValidator#validatorPath})
   * @return the request to validate
   */
  public static SimpleRequest request(LoggedRequest request, String path) {
    SimpleRequest.Builder out =
        new SimpleRequest.Builder(
            Request.Method.valueOf(request.getMethod().getName().toUpperCase(Locale.ROOT)), path);
    request.getQueryParams().forEach((name, param) -> out.withQueryParam(name, param.values()));
    copyHeaders(request.getHeaders(), out::withHeader);
    byte[] body = request.getBody();
    if (body != null && body.length > 0) {
      out.withBody(body);
    }
    return out.build();
  }

  /**
   * The validator's view of a served response.
   *
   * @param response what WireMock sent
   * @return the response to validate
   */
  public static SimpleResponse response(LoggedResponse response) {
    SimpleResponse.Builder out = new SimpleResponse.Builder(response.getStatus());
    copyHeaders(response.getHeaders(), out::withHeader);
    byte[] body = response.getBody();
    if (body != null && body.length > 0) {
      out.withBody(body);
    }
    return out.build();
  }

  private interface HeaderSink {
    void accept(String name, java.util.List<String> values);
  }

  private static void copyHeaders(HttpHeaders headers, HeaderSink sink) {
    if (headers == null) {
      return;
    }
    for (HttpHeader header : headers.all()) {
      sink.accept(header.key(), header.values());
    }
  }
}
