package io.github.ballkit.core;

import io.github.ballkit.core.internal.ClientCore;

/**
 * For tests of the internal runtime: the runtime of a client, which only ballkit's code reaches.
 */
public final class ClientRuntime {
  private ClientRuntime() {}

  /**
   * Returns a client's runtime.
   *
   * @param client the client
   * @return its runtime
   */
  @SuppressWarnings("exports") // a test helper, compiled into the module
  public static ClientCore of(ApiClient<?, ?> client) {
    return client.core();
  }
}
