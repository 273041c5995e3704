package io.github.ballkit.testkit.internal.emulator;

import io.github.ballkit.testkit.Api;
import java.util.Map;

/**
 * The one place that lists spec operations an emulator deliberately does not serve, each with its
 * reason. The build ({@code EveryOperationIsEmulatedTest}) fails on any other operation an emulator
 * does not serve, and on an entry here that is served after all or is no longer in the spec.
 *
 * <p>Empty today: every operation of both specs is emulated. The removed buffered {@code
 * putWorkspaceFile} counts as served: the emulator answers it as the real server now does (404).
 */
public final class NotEmulated {
  private NotEmulated() {}

  /**
   * The deliberate gaps per API: operationId to the reason.
   *
   * @param api the API
   * @return the gaps
   */
  public static Map<String, String> of(Api api) {
    return switch (api) {
      case BALLCHASING -> Map.of();
      case BALLISTICA -> Map.of();
    };
  }
}
