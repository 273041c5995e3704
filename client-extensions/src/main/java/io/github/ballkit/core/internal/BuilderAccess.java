package io.github.ballkit.core.internal;

import io.github.ballkit.core.ClientBuilder;
import java.net.http.HttpClient;

/**
 * How the two clients reach what {@link ClientBuilder} must not offer its users: building the
 * internal runtime, and handing a copy the connection pool of the client it was made from. {@code
 * ClientBuilder} installs the one implementation when it is loaded, as OkHttp 3 did with {@code
 * okhttp3.internal.Internal.instance}, so neither needs a public or protected member on the builder
 * (which any user subclass could call).
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
   * Builds the runtime a builder's options describe.
   *
   * @param builder the options
   * @param api what is specific to the API
   * @param tier the rate-limit tier, or {@code null} for no client-side limits
   * @return the runtime
   * @throws IllegalStateException when the token is missing, blank or has characters that cannot be
   *     sent in a header, or the base URL is not an absolute http(s) URL without query or fragment
   */
  public abstract ClientCore newCore(ClientBuilder<?, ?> builder, ApiDefinition api, String tier);

  /**
   * Lets a copy's client use this pool, as long as the copy keeps its connect timeout.
   *
   * @param builder the copy
   * @param pool the connection pool of the client it was copied from
   */
  public abstract void sharePool(ClientBuilder<?, ?> builder, HttpClient pool);
}
