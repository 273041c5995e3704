package io.github.ballkit.testkit;

import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.testkit.internal.emulator.ballistica.BallisticaService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-memory Ballistica master server (REST API v1) on 127.0.0.1: accounts ({@code me}, by tag),
 * workspaces (create, list, get, rename, delete, the active one), files (listing sorted by path,
 * mkdir, move, copy, delete, download) and the upload flow (upload-init, a signed PUT back to the
 * emulator, upload-finalize, with SHA-256 dedupe), with the server's validation errors. Every
 * exchange is validated against the spec; read the findings with {@link #takeViolations()}.
 *
 * <pre>{@code
 * try (BallisticaEmulator ballistica = BallisticaEmulator.start()) {
 *   var client = BallisticaClient.builder().token("t").baseUrl(ballistica.baseUrl()).build();
 *   ...
 *   ballistica.assertNoViolations();
 * }
 * }</pre>
 *
 * <p>Any bearer token is accepted and stands for its own account, except one containing {@code
 * invalid}, refused with 401 like a revoked key. Where the real server's behaviour is not known,
 * the emulator picks one: auto-created parent directories are listed, a move or copy onto an
 * existing path is refused (400), and files need one of the extensions {@code .txt}, {@code .py},
 * {@code .bstr} or {@code .json}.
 */
public final class BallisticaEmulator extends RunningEmulator<BallisticaClient> {
  private final BallisticaService service;

  private BallisticaEmulator(Builder builder) {
    this(
        builder, new BallisticaService(builder.clock, builder.tags, builder.uploadSessionLifetime));
  }

  private BallisticaEmulator(Builder builder, BallisticaService service) {
    super(
        Api.BALLISTICA,
        service,
        builder,
        path -> path.startsWith(BallisticaService.SIGNED_UPLOAD_PREFIX));
    this.service = service;
  }

  /**
   * Starts an emulator on a free port with the system clock.
   *
   * @return the running emulator
   */
  public static BallisticaEmulator start() {
    return builder().start();
  }

  /**
   * Options for an emulator.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes debug symbols available for a prefab binary ({@code getPrefabSymbols}).
   *
   * @param exeSha256 the binary's SHA-256, 64 lowercase hex characters
   * @param fileName the symbols file name
   * @param size the symbols size in bytes
   * @return this emulator
   */
  public BallisticaEmulator withPrefabSymbols(String exeSha256, String fileName, long size) {
    service.addPrefabSymbols(exeSha256, fileName, size);
    return this;
  }

  @Override
  public BallisticaClient client(String token) {
    return BallisticaClient.builder().token(token).baseUrl(baseUrl()).build();
  }

  /** Options of a {@link BallisticaEmulator}. */
  public static final class Builder extends RunningEmulator.Options<Builder> {
    private final Map<String, String> tags = new LinkedHashMap<>();
    private Duration uploadSessionLifetime = Duration.ofMinutes(15);

    private Builder() {}

    /**
     * Names the account of a token (other tokens get generated tags).
     *
     * @param token the bearer token
     * @param tag the account's tag
     * @return this builder
     */
    public Builder account(String token, String tag) {
      tags.put(token, tag);
      return this;
    }

    /**
     * How long a signed upload URL stays valid (15 minutes by default).
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder uploadSessionLifetime(Duration lifetime) {
      this.uploadSessionLifetime = lifetime;
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @return the running emulator
     */
    public BallisticaEmulator start() {
      return new BallisticaEmulator(this);
    }
  }
}
