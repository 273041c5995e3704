package io.github.ballkit.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.Param;
import feign.Response;
import feign.form.FormData;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.Examples;
import io.github.ballkit.testkit.internal.SpecOperation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
   * Calls the operation against a mock answering {@code status} and checks what the caller gets:
   * for a 2xx the call returns normally (any exception, a {@code MalformedResponseException}
   * included, propagates) and, when the spec gives the 2xx a body and the method returns something,
   * a value rather than {@code null}; for an error status it throws the {@link ApiException}
   * subclass of that status ({@link ExpectedError}), whose {@code status()} is that status.
   *
   * @param operationId the operation
   * @param status the status the mock answers with
   * @throws AssertionError when a 2xx with a body gave the caller {@code null}, or an error status
   *     did not reach the caller as its typed exception
   */
  void call(String operationId, int status) throws Exception {
    Outcome outcome = invoke(operationId);
    if (status >= 200 && status < 300) {
      if (outcome.thrown() instanceof Exception e) {
        throw e;
      }
      if (outcome.thrown() instanceof Error e) {
        throw e;
      }
      if (outcome.returnsValue() && outcome.value() == null && hasContent(operationId, status)) {
        throw new AssertionError(
            operationId
                + " answered "
                + status
                + " with a body should give the caller a value, but returned null");
      }
      return;
    }
    ExpectedError.check(spec.api(), operationId, status, outcome.thrown());
  }

  private boolean hasContent(String operationId, int status) {
    return spec.operation(operationId)
        .response(status)
        .map(response -> response.getContent() != null && !response.getContent().isEmpty())
        .orElse(false);
  }

  /**
   * What a call gave its caller.
   *
   * @param returnsValue false for a {@code void} method
   * @param value what it returned; {@code null} when it threw
   * @param thrown what it threw, or {@code null}
   */
  private record Outcome(boolean returnsValue, Object value, Throwable thrown) {}

  /** Invokes the operation. */
  private Outcome invoke(String operationId) throws Exception {
    SpecOperation op = spec.operation(operationId);
    for (Method accessor : client.getClass().getMethods()) {
      if (accessor.getParameterCount() != 0
          || !accessor.getReturnType().isInterface()
          || !accessor.getReturnType().getPackageName().endsWith(".api")) {
        continue;
      }
      for (Method method : accessor.getReturnType().getMethods()) {
        if (method.getName().equals(operationId) && !Modifier.isStatic(method.getModifiers())) {
          Object[] args = arguments(method, op);
          return method.getReturnType() == Response.class
              ? invoke(streamingConvenience(method), client, args)
              : invoke(method, accessor.invoke(client), args);
        }
      }
    }
    throw new AssertionError("the generated client has no method " + operationId);
  }

  /**
   * A generated method that returns the raw {@link Response} (a download) leaves error statuses to
   * its caller; the client's public method with the same parameters returning an {@link
   * InputStream} is where users get the typed exception, so the gate calls that one.
   */
  private Method streamingConvenience(Method generated) {
    for (Method method : client.getClass().getMethods()) {
      if (method.getReturnType() == InputStream.class
          && Arrays.equals(method.getParameterTypes(), generated.getParameterTypes())) {
        return method;
      }
    }
    throw new AssertionError(
        "no public method of " + client.getClass().getSimpleName() + " streams " + generated);
  }

  private static Outcome invoke(Method method, Object target, Object[] args) throws Exception {
    boolean returnsValue = method.getReturnType() != void.class;
    try {
      Object result = method.invoke(target, args);
      if (result instanceof InputStream in) {
        try (in) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      } else if (result instanceof Closeable closeable) {
        closeable.close();
      }
      return new Outcome(returnsValue, result, null);
    } catch (InvocationTargetException e) {
      return new Outcome(returnsValue, null, e.getCause());
    }
  }

  private Object[] arguments(Method method, SpecOperation op) throws Exception {
    Object[] args = new Object[method.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(method, i, op);
    }
    return args;
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
    if (param != null || !hasBuilder(type)) {
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

  /** Models and query objects have a static {@code builder()}, records or final classes alike. */
  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
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
