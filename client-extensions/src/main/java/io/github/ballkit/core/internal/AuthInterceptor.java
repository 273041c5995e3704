package io.github.ballkit.core.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Adds the {@code Authorization} header to operations the spec secures, and the ballkit {@code
 * User-Agent} to all. The token lives only here and in the header it writes.
 */
final class AuthInterceptor implements RequestInterceptor {
  private final Operations operations;
  private final String headerValue;
  private final String userAgent;

  AuthInterceptor(Operations operations, String scheme, String token, String userAgent) {
    this(operations, scheme.isEmpty() ? token : scheme + " " + token, userAgent);
  }

  private AuthInterceptor(Operations operations, String headerValue, String userAgent) {
    this.operations = operations;
    this.headerValue = headerValue;
    this.userAgent = userAgent;
  }

  /**
   * Returns this interceptor sending another {@code User-Agent}.
   *
   * @param userAgent the header's value
   * @return a copy
   */
  AuthInterceptor withUserAgent(String userAgent) {
    return new AuthInterceptor(operations, headerValue, userAgent);
  }

  @Override
  public void apply(RequestTemplate template) {
    template.header("User-Agent", userAgent);
    if (operations.of(template).requiresAuth()) {
      template.header("Authorization", headerValue);
    }
  }

  @Override
  public String toString() {
    return "AuthInterceptor[Authorization=<redacted>]";
  }
}
