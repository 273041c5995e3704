package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Param;
import feign.RequestLine;
import feign.form.FormData;
import io.github.ballkit.TokenLeaks;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An empty or {@code null} path parameter is refused before anything is sent, for every operation
 * of both APIs: {@code getReplay("")} would otherwise send {@code GET /replays/} with the token,
 * which on ballchasing is the list of replays, another resource.
 */
class EmptyPathParametersAreRefusedTest extends WireMockSupport {

  /** Every generated method with a path parameter, once with it null and once empty. */
  static Stream<Arguments> pathParameters() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<?> client : List.of(BallchasingClient.class, BallisticaClient.class)) {
      for (Method accessor : client.getMethods()) {
        Class<?> api = accessor.getReturnType();
        if (accessor.getParameterCount() != 0
            || !api.isInterface()
            || !api.getPackageName().endsWith(".api")) {
          continue;
        }
        for (Method operation : api.getMethods()) {
          String path = operation.getAnnotation(RequestLine.class).value().split("[ ?]")[1];
          for (int i = 0; i < operation.getParameterCount(); i++) {
            Param param = operation.getParameters()[i].getAnnotation(Param.class);
            if (param != null && path.contains("{" + param.value() + "}")) {
              for (String value : new String[] {null, ""}) {
                cases.add(
                    Arguments.of(
                        api.getSimpleName() + "." + operation.getName(),
                        param.value(),
                        value == null ? "null" : "empty",
                        client,
                        accessor,
                        operation,
                        i,
                        value));
              }
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1} {2}")
  @MethodSource("pathParameters")
  void isRefusedBeforeAnythingIsSent(
      String name,
      String parameter,
      String what,
      Class<?> client,
      Method accessor,
      Method operation,
      int index,
      String value)
      throws Exception {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    Object api =
        accessor.invoke(
            client == BallchasingClient.class ? ballchasing().build() : ballistica().build());
    Object[] arguments = arguments(operation);
    arguments[index] = value;

    Throwable error = catchThrowable(() -> invoke(operation, api, arguments));

    assertThat(error)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(operation.getName())
        .hasMessageContaining("'" + parameter + "'")
        .hasMessageContaining("empty or null");
    TokenLeaks.assertNone(error, TOKEN);
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void theConveniencesRefuseThemToo() {
    BallchasingClient ballchasing = ballchasing().build();
    BallisticaClient ballistica = ballistica().build();
    List<Runnable> calls =
        List.of(
            () -> ballchasing.replays().getReplay(""),
            () -> ballchasing.replays().getReplay(null),
            () -> ballchasing.download(""),
            () -> ballchasing.download(null, Path.of("r.replay")),
            () -> ballistica.download(null, "mod/a.py"),
            () -> ballistica.delete("", "mod/a.py"),
            () -> ballistica.mkdir(null, "mod"));

    for (Runnable call : calls) {
      assertThat(catchThrowable(call::run)).isInstanceOf(IllegalArgumentException.class);
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aNonEmptyIdIsSent() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

    ballchasing().build().replays().deleteReplay("r-1");

    server.verify(1, anyRequestedFor(anyUrl()));
  }

  private static void invoke(Method operation, Object api, Object[] arguments) throws Throwable {
    try {
      operation.invoke(api, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Plausible arguments: text for strings, a model for bodies and query records. */
  private static Object[] arguments(Method operation) throws Exception {
    Class<?>[] types = operation.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = argument(types[i]);
    }
    return arguments;
  }

  /**
   * Sets every property of a builder that takes text or one of a type's own constants (an enum), so
   * that a builder refusing to build without its required properties builds.
   */
  private static void fill(Object builder) throws Exception {
    for (Method setter : builder.getClass().getMethods()) {
      if (setter.getParameterCount() != 1 || setter.getReturnType() != builder.getClass()) {
        continue;
      }
      Class<?> type = setter.getParameterTypes()[0];
      Object value = type == String.class ? "x" : constantOf(type);
      if (value != null) {
        setter.invoke(builder, value);
      }
    }
  }

  private static Object constantOf(Class<?> type) throws IllegalAccessException {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    for (java.lang.reflect.Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
        return field.get(null);
      }
    }
    return null;
  }

  private static Object argument(Class<?> type) throws Exception {
    if (type == String.class) {
      return "x";
    }
    if (type == byte[].class) {
      return new byte[1];
    }
    if (type == FormData.class) {
      return new FormData("application/octet-stream", "a.replay", new byte[1]);
    }
    for (Method builder : type.getMethods()) {
      if (builder.getName().equals("builder")
          && Modifier.isStatic(builder.getModifiers())
          && builder.getParameterCount() == 0) {
        Object started = builder.invoke(null);
        fill(started);
        return started.getClass().getMethod("build").invoke(started);
      }
    }
    return null;
  }
}
