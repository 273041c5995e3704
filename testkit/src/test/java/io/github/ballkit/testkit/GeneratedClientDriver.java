package io.github.ballkit.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.Param;
import feign.form.FormData;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.Examples;
import io.github.ballkit.testkit.internal.SpecOperation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Calls any spec operation through the generated Feign interfaces of a ballkit client, with
 * arguments taken from the spec: path parameters from their examples, bodies from the request
 * example, query objects empty. Lets the coverage gate drive every operation without hand-written
 * code per operation.
 */
final class GeneratedClientDriver {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Object client;
  private final ApiSpec spec;

  GeneratedClientDriver(Object client, ApiSpec spec) {
    this.client = client;
    this.spec = spec;
  }

  /**
   * Calls the operation. API errors (the client's typed exceptions) are expected for error statuses
   * and swallowed; anything else propagates.
   */
  void call(String operationId) throws Exception {
    SpecOperation op = spec.operation(operationId);
    for (Method accessor : client.getClass().getMethods()) {
      if (accessor.getParameterCount() != 0
          || !accessor.getReturnType().isInterface()
          || !accessor.getReturnType().getPackageName().endsWith(".api")) {
        continue;
      }
      for (Method method : accessor.getReturnType().getMethods()) {
        if (method.getName().equals(operationId) && !Modifier.isStatic(method.getModifiers())) {
          invoke(accessor.invoke(client), method, op);
          return;
        }
      }
    }
    throw new AssertionError("the generated client has no method " + operationId);
  }

  private void invoke(Object api, Method method, SpecOperation op) throws Exception {
    Object[] args = new Object[method.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(method, i, op);
    }
    try {
      Object result = method.invoke(api, args);
      if (result instanceof Closeable closeable) {
        closeable.close();
      }
    } catch (InvocationTargetException e) {
      if (!(e.getCause() instanceof BallkitException)) {
        throw e;
      }
    }
  }

  private Object argument(Method method, int index, SpecOperation op) throws Exception {
    Class<?> type = method.getParameterTypes()[index];
    Param param = paramOf(method, index);
    if (param != null && type == String.class) {
      return pathValue(param.value(), op).orElse(null);
    }
    if (type == FormData.class) {
      return new FormData(
          "application/octet-stream", "coverage.replay", "replay".getBytes(StandardCharsets.UTF_8));
    }
    if (type == byte[].class) {
      return "bytes".getBytes(StandardCharsets.UTF_8);
    }
    if (param != null || !type.isRecord()) {
      return null;
    }
    Optional<Object> example = requestExample(op);
    if (example.isPresent()) {
      return JSON.convertValue(example.get(), type);
    }
    try {
      Object builder = type.getMethod("builder").invoke(null);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (NoSuchMethodException notAQueryObject) {
      return null;
    }
  }

  private static Param paramOf(Method method, int index) {
    for (var annotation : method.getParameterAnnotations()[index]) {
      if (annotation instanceof Param p) {
        return p;
      }
    }
    return null;
  }

  private Optional<String> pathValue(String javaName, SpecOperation op) {
    for (Parameter p : op.parameters()) {
      if ("path".equals(p.getIn()) && normal(p.getName()).equals(normal(javaName))) {
        Object example = p.getExample();
        if (example == null && p.getSchema() != null) {
          example = p.getSchema().getExample();
        }
        return Optional.of(example == null ? "x1" : example.toString());
      }
    }
    return Optional.empty();
  }

  private static Optional<Object> requestExample(SpecOperation op) {
    if (op.model().getRequestBody() == null || op.model().getRequestBody().getContent() == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, MediaType> media : op.model().getRequestBody().getContent().entrySet()) {
      Optional<Object> example = Examples.exampleOf(media.getValue());
      if (example.isPresent()) {
        return example;
      }
    }
    return Optional.empty();
  }

  private static String normal(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
