package io.github.ballkit.core.internal;

import feign.Request;
import feign.Response;

/** Finds the spec operation a Feign request belongs to: generated method names are operationIds. */
final class OperationNames {
  private OperationNames() {}

  static String of(Request request) {
    if (request != null
        && request.requestTemplate() != null
        && request.requestTemplate().feignTarget() instanceof DirectCalls.OperationTarget direct) {
      return direct.name();
    }
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
}
