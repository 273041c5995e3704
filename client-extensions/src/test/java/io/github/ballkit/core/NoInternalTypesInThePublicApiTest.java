package io.github.ballkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users can reach (public and protected members of the clients, their builders and their
 * shared bases) names no type of {@code io.github.ballkit.core.internal}: a user subclass of {@link
 * ClientBuilder} or {@link ApiClient} must not get at the runtime.
 */
class NoInternalTypesInThePublicApiTest {

  @Test
  void theClientsAndTheirBuildersExposeNoInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type :
        List.of(
            ApiClient.class,
            ClientBuilder.class,
            BallchasingClient.class,
            BallchasingClient.Builder.class,
            BallisticaClient.class,
            BallisticaClient.Builder.class)) {
      Stream.<Executable>concat(
              Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
          .filter(member -> reachable(member.getModifiers()))
          .forEach(
              member -> {
                List<Class<?>> mentioned = new ArrayList<>(List.of(member.getParameterTypes()));
                if (member instanceof Method method) {
                  mentioned.add(method.getReturnType());
                }
                for (Class<?> used : mentioned) {
                  if (used.getName().contains(".internal.")) {
                    leaks.add(describe(type, member) + " uses " + used.getName());
                  }
                }
              });
    }

    assertThat(leaks).isEmpty();
  }

  private static boolean reachable(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type, Executable member) {
    return type.getSimpleName()
        + "."
        + (member instanceof Constructor<?> ? "<init>" : member.getName());
  }
}
