package io.github.ballkit.core.internal;

import io.github.ballkit.core.ApiClient;
import io.github.ballkit.core.ClientBuilder;

/**
 * How the two clients reach what {@link ClientBuilder} and {@link ApiClient} must not offer their
 * users: naming the API a builder builds a client of, and the internal runtime of a client. {@code
 * ClientBuilder} installs the one implementation when it is loaded, as OkHttp 3 did with {@code
 * okhttp3.internal.Internal.instance}, so neither needs a public or protected member naming an
 * internal type (which any user subclass could call).
 */
public abstract class BuilderAccess {
  private static volatile BuilderAccess instance;

  /** For {@code ClientBuilder}'s implementation only. */
  protected BuilderAccess() {}

  /**
   * Installs the implementation; {@code ClientBuilder} does it once, when it is loaded.
   *
   * @param access the implementation
   * @throws IllegalStateException when one is installed already
   */
  public static synchronized void install(BuilderAccess access) {
    if (instance != null) {
      throw new IllegalStateException("BuilderAccess is installed by ClientBuilder only");
    }
    instance = access;
  }

  /**
   * Returns the implementation. Call it with a builder in hand: creating one has loaded {@code
   * ClientBuilder}, which installed it.
   *
   * @return the implementation
   */
  public static BuilderAccess get() {
    return instance;
  }

  /**
   * Names the API a builder's clients are of; a client's builder does it when it is created.
   *
   * @param builder the builder
   * @param api what is specific to the API
   */
  public abstract void define(ClientBuilder<?, ?> builder, ApiDefinition api);

  /**
   * Returns a client's runtime, for what the generated interfaces do not cover (Ballistica's upload
   * sequence).
   *
   * @param client the client
   * @return its runtime
   */
  public abstract ClientCore core(ApiClient<?, ?> client);
}
