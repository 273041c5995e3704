package io.github.ballkit.core.internal;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec operation of each generated method, resolved once when Feign parses the interface
 * ({@link SpecContract}) and found again by the identity of the method's {@link MethodMetadata},
 * which every request of that method carries in its {@link RequestTemplate}. So a call looks its
 * facts up without comparing names, however many layers ask.
 */
final class Operations {
  private final SpecMetadata spec;
  private final Map<MethodMetadata, OperationInfo> byMethod = new ConcurrentHashMap<>();

  Operations(SpecMetadata spec) {
    this.spec = spec;
  }

  /**
   * Resolves the operation of a parsed method and keeps it for its requests.
   *
   * @param method Feign's metadata of a generated method, whose name is the operationId
   * @return the operation
   */
  OperationInfo resolve(MethodMetadata method) {
    OperationInfo info = spec.operation(method.method().getName(), method.template().method());
    byMethod.put(method, info);
    return info;
  }

  /**
   * Returns the operation a request template belongs to.
   *
   * @param template the template, with the metadata of its method when Feign built it
   * @return the operation; one the spec does not list when the template has no known method
   */
  OperationInfo of(RequestTemplate template) {
    if (template.feignTarget() instanceof DirectCalls.OperationTarget direct) {
      return direct.info();
    }
    MethodMetadata method = template.methodMetadata();
    OperationInfo info = method == null ? null : byMethod.get(method);
    if (info != null) {
      return info;
    }
    return spec.operation(
        method == null ? template.method() : method.method().getName(), template.method());
  }

  /**
   * Returns the operation a request belongs to.
   *
   * @param request the request
   * @return the operation
   */
  OperationInfo of(Request request) {
    RequestTemplate template = request.requestTemplate();
    return template != null
        ? of(template)
        : spec.operation(OperationNames.of(request), request.httpMethod().name());
  }
}
