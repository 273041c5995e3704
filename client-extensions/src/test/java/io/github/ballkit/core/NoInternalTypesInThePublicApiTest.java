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
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users call (public members of the clients, their builders and their shared bases) names no
 * type of {@code io.github.ballkit.core.internal}. Two protected members do, for ballkit's own
 * clients: the builder's constructor naming the API and the client's runtime; the module exports
 * neither type (ModuleDescriptorTest), so a subclass elsewhere cannot use them.
 */
class NoInternalTypesInThePublicApiTest {

  @Test
  void theClientsAndTheirBuildersExposeNoInternalType() {
    assertThat(internalTypesIn(Modifier::isPublic)).isEmpty();
  }

  @Test
  void onlyTheTwoMembersForBallkitsOwnClientsAreProtectedAndNameOne() {
    assertThat(internalTypesIn(Modifier::isProtected))
        .containsExactlyInAnyOrder(
            "ClientBuilder.<init> uses io.github.ballkit.core.internal.ApiDefinition",
            "ApiClient.core uses io.github.ballkit.core.internal.ClientCore");
  }

  private static List<String> internalTypesIn(IntPredicate reachable) {
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
          .filter(member -> reachable.test(member.getModifiers()))
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

    return leaks;
  }

  private static String describe(Class<?> type, Executable member) {
    return type.getSimpleName()
        + "."
        + (member instanceof Constructor<?> ? "<init>" : member.getName());
  }
}
