package io.github.ballkit.testkit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an emulator as a standalone command until stopped (Ctrl+C):
 *
 * <pre>
 * EmulatorMain --api ballchasing|ballistica [--port 8089] [--tier regular]
 *              [--processing-delay-seconds 3] [--seed 0]
 * </pre>
 *
 * <p>With Maven, from the repository root: {@code mvn -B -q -pl testkit -am -Pemulator compile
 * -Dexec.args="--api ballchasing --port 8089"}. Spec violations in the traffic are printed to
 * standard error as they happen.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  /** A started emulator and where it listens. */
  record Started(String api, String baseUrl, AutoCloseable emulator) {}

  /**
   * Starts the emulator and serves until the process is stopped.
   *
   * @param args the options above
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    Started started;
    try {
      started = start(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: EmulatorMain --api ballchasing|ballistica [--port 8089] [--tier regular]"
              + " [--processing-delay-seconds 3] [--seed 0]");
      System.exit(2);
      return;
    }
    System.out.println(
        started.api() + " emulator listening at " + started.baseUrl() + " (Ctrl+C to stop)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    started.emulator().close();
                  } catch (Exception ignored) {
                    // the process is ending anyway
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }

  static Started start(String... args) {
    String api = null;
    int port = 8089;
    String tier = "regular";
    long delay = 3;
    int seed = 0;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--api" -> api = value;
        case "--port" -> port = Integer.parseInt(value);
        case "--tier" -> tier = value;
        case "--processing-delay-seconds" -> delay = Long.parseLong(value);
        case "--seed" -> seed = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if ("ballchasing".equals(api)) {
      BallchasingEmulator bc =
          BallchasingEmulator.builder()
              .port(port)
              .tier(tier)
              .processingDelay(Duration.ofSeconds(delay))
              .seed(seed)
              .printViolations(true)
              .start();
      return new Started(api, bc.baseUrl(), bc);
    }
    if ("ballistica".equals(api)) {
      BallisticaEmulator ba = BallisticaEmulator.builder().port(port).printViolations(true).start();
      return new Started(api, ba.baseUrl(), ba);
    }
    throw new IllegalArgumentException("--api must be ballchasing or ballistica");
  }
}
