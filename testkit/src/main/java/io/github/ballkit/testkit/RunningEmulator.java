package io.github.ballkit.testkit;

import io.github.ballkit.testkit.internal.emulator.Emulator;
import io.github.ballkit.testkit.internal.emulator.EmulatorHost;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * What both in-memory emulators share: a spec-validating server on 127.0.0.1, a client pointed at
 * it, and the violations found in its traffic.
 *
 * @param <C> the client type
 */
public abstract class RunningEmulator<C> implements AutoCloseable {
  private final EmulatorHost host;

  RunningEmulator(Api api, Emulator service, Options<?> options, Predicate<String> outsideSpec) {
    this.host =
        new EmulatorHost(
            api,
            service,
            options.port,
            outsideSpec,
            options.printViolations ? v -> System.err.println(v.describe()) : v -> {});
  }

  /**
   * The base URL for a client.
   *
   * @return the URL, e.g. {@code http://127.0.0.1:53123}
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
   * A client pointed at this emulator, with token {@value BallkitMock#TEST_TOKEN}.
   *
   * @return a new client
   */
  public C client() {
    return client(BallkitMock.TEST_TOKEN);
  }

  /**
   * A client pointed at this emulator acting as the user of a token.
   *
   * @param token the token
   * @return a new client
   */
  public abstract C client(String token);

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

  /**
   * The options both emulators take.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Options<B extends Options<B>> {
    Clock clock = Clock.systemUTC();
    int port;
    boolean printViolations;

    Options() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /**
     * The clock; a {@link TestClock} lets a test move time on at once (processing, rate limits,
     * upload session expiry).
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
      this.clock = clock;
      return self();
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port the port
     * @return this builder
     */
    public B port(int port) {
      this.port = port;
      return self();
    }

    /**
     * Prints each spec violation to standard error as it happens (for the standalone command).
     *
     * @param print whether to print
     * @return this builder
     */
    public B printViolations(boolean print) {
      this.printViolations = print;
      return self();
    }
  }
}
