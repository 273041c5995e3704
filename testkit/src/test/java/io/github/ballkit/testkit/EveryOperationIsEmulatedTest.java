package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.SpecOperation;
import io.github.ballkit.testkit.internal.emulator.Emulator;
import io.github.ballkit.testkit.internal.emulator.NotEmulated;
import io.github.ballkit.testkit.internal.emulator.ballchasing.BallchasingService;
import io.github.ballkit.testkit.internal.emulator.ballistica.BallisticaService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The build gate: every operation of each spec is served by its emulator, except the deliberate
 * gaps listed with their reason in {@link NotEmulated}; an entry there must name a spec operation
 * that is really not served.
 */
class EveryOperationIsEmulatedTest {

  private static Emulator emulatorOf(Api api) {
    return api == Api.BALLCHASING
        ? new BallchasingService(Clock.systemUTC(), "regular", Duration.ZERO, Map.of())
        : new BallisticaService(Clock.systemUTC(), Map.of(), Duration.ofMinutes(15));
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void everySpecOperationIsServedOrAListedGap(Api api) {
    Set<String> served = emulatorOf(api).servedOperations();
    Map<String, String> gaps = NotEmulated.of(api);
    List<String> specOperations =
        ApiSpec.of(api).operations().stream().map(SpecOperation::id).toList();

    Set<String> missing = new TreeSet<>(specOperations);
    missing.removeAll(served);
    missing.removeAll(gaps.keySet());

    assertThat(missing)
        .as(
            "operations of the %s spec that no emulator serves; emulate them or list them with"
                + " a reason in NotEmulated",
            api)
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void everyListedGapIsAnUnservedSpecOperation(Api api) {
    Set<String> served = emulatorOf(api).servedOperations();
    List<String> specOperations =
        ApiSpec.of(api).operations().stream().map(SpecOperation::id).toList();

    assertThat(NotEmulated.of(api).keySet())
        .as("entries of NotEmulated that are served after all or are no longer in the spec")
        .allMatch(id -> specOperations.contains(id) && !served.contains(id));
    assertThat(served).as("served operations the spec does not have").isSubsetOf(specOperations);
  }
}
