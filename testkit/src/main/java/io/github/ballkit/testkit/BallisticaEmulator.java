package io.github.ballkit.testkit;

import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.testkit.internal.emulator.EmulatorHost;
import io.github.ballkit.testkit.internal.emulator.ballistica.BallisticaService;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>Any bearer token is accepted and stands for its own account. Where the real server's behaviour
 * is not known, the emulator picks one: auto-created parent directories are listed, a move or copy
 * onto an existing path is refused (400), and files need one of the extensions {@code .txt}, {@code
 * .py}, {@code .bstr} or {@code .json}.
 */
public final class BallisticaEmulator implements AutoCloseable {
  private final EmulatorHost host;
  private final BallisticaService service;

  private BallisticaEmulator(Builder builder) {
    this.service =
        new BallisticaService(builder.clock, builder.tags, builder.uploadSessionLifetime);
    this.host =
        new EmulatorHost(
            Api.BALLISTICA,
            service,
            builder.port,
            path -> path.startsWith(BallisticaService.SIGNED_UPLOAD_PREFIX),
            builder.violationPrinter ? v -> System.err.println(v.describe()) : v -> {});
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
   * The base URL for a client, such as {@code http://127.0.0.1:53123}.
   *
   * @return the URL
   */
  public String baseUrl() {
    return host.baseUrl();
  }

  /**
   * The port the emulator listens on.
   *
   * @return the port
   */
  public int port() {
    return host.port();
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

  /**
   * A client pointed at this emulator, with token {@value BallkitMock#TEST_TOKEN}.
   *
   * @return a new client
   */
  public BallisticaClient client() {
    return client(BallkitMock.TEST_TOKEN);
  }

  /**
   * A client pointed at this emulator acting as the user of a token.
   *
   * @param token the token
   * @return a new client
   */
  public BallisticaClient client(String token) {
    return BallisticaClient.builder().token(token).baseUrl(baseUrl()).build();
  }

  /**
   * Returns and forgets the spec violations found in the traffic so far.
   *
   * @return one readable text per violation
   */
  public List<String> takeViolations() {
    return host.takeViolations();
  }

  /**
   * Fails when any exchange broke the spec, and forgets the violations.
   *
   * @throws SpecViolationError listing them
   */
  public void assertNoViolations() {
    host.assertNoViolations();
  }

  @Override
  public void close() {
    host.close();
  }

  /** Options of a {@link BallisticaEmulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int port;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private Duration uploadSessionLifetime = Duration.ofMinutes(15);
    private boolean violationPrinter;

    private Builder() {}

    /**
     * The clock (a {@link TestClock} lets a test expire upload sessions instantly).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

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
     * Prints each spec violation to standard error as it happens (for the standalone command).
     *
     * @param print whether to print
     * @return this builder
     */
    public Builder printViolations(boolean print) {
      this.violationPrinter = print;
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
