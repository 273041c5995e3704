package io.github.ballkit.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the conformance runner talks to a server: the token, whether it may change data, and how long
 * one request may take. Build with {@link #builder()}; {@link #defaults()} is read-only with a
 * placeholder token, which suits emulators and mocks.
 */
public final class ConformanceOptions {
  private final String token;
  private final boolean allowWrites;
  private final Duration timeout;
  private final Path replayFile;

  private ConformanceOptions(Builder b) {
    this.token = b.token;
    this.allowWrites = b.allowWrites;
    this.timeout = b.timeout;
    this.replayFile = b.replayFile;
  }

  /**
   * Read-only, token {@code ballkit-conformance}, 10 s per request.
   *
   * @return the options
   */
  public static ConformanceOptions defaults() {
    return builder().build();
  }

  /**
   * Options to set.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The API token the happy cases send.
   *
   * @return the token
   */
  public String token() {
    return token;
  }

  /**
   * Whether operations that change data run (and clean up after themselves).
   *
   * @return true when writes are allowed
   */
  public boolean allowWrites() {
    return allowWrites;
  }

  /**
   * How long one request may wait for the server before its case counts as unreachable.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The replay file uploaded by a ballchasing run with writes, or {@code null} for synthetic bytes
   * (which emulators and mocks accept and the real service refuses).
   *
   * @return the file, or null
   */
  public Path replayFile() {
    return replayFile;
  }

  /** Options of a conformance run. */
  public static final class Builder {
    private String token = "ballkit-conformance";
    private boolean allowWrites;
    private Duration timeout = Duration.ofSeconds(10);
    private Path replayFile;

    private Builder() {}

    /**
     * The API token (a placeholder by default, fine for emulators and mocks).
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * Lets the runner create, change and delete data; it removes what it created.
     *
     * @param allow true to allow writes (false by default)
     * @return this builder
     */
    public Builder allowWrites(boolean allow) {
      this.allowWrites = allow;
      return this;
    }

    /**
     * How long one request may wait for the server (10 s by default).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * A real replay to upload when writes are allowed against ballchasing.com.
     *
     * @param file the {@code .replay} file
     * @return this builder
     */
    public Builder replayFile(Path file) {
      this.replayFile = file;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ConformanceOptions build() {
      return new ConformanceOptions(this);
    }
  }
}
