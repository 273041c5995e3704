package io.github.ballkit.core.internal;

import feign.Request;
import feign.Response;

/** Finds the spec operation a Feign request belongs to: generated method names are operationIds. */
final class OperationNames {
  private OperationNames() {}

  static String of(Request request) {
    if (request != null
        && request.requestTemplate() != null
        && request.requestTemplate().methodMetadata() != null) {
      return request.requestTemplate().methodMetadata().method().getName();
    }
    return request == null ? "unknown" : request.httpMethod().name();
  }

  static String of(Response response) {
    return of(response.request());
  }

  /** Reads {@code getReplay} out of Feign's config key {@code ReplaysApi#getReplay(String)}. */
  static String ofConfigKey(String configKey) {
    int hash = configKey.indexOf('#');
    int paren = configKey.indexOf('(');
    return hash >= 0 && paren > hash ? configKey.substring(hash + 1, paren) : configKey;
  }
}
