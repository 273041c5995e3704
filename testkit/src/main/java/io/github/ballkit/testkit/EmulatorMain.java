package io.github.ballkit.testkit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an emulator as a standalone command until interrupted:
 *
 * <pre>
 * EmulatorMain --api ballchasing|ballistica [--port 8089] [--tier regular]
 *              [--processing-delay-seconds 3]
 * </pre>
 *
 * <p>Spec violations in the traffic are printed to standard error as they happen.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  /**
   * Starts the emulator.
   *
   * @param args the options above
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    String api = null;
    int port = 8089;
    String tier = "regular";
    long delay = 3;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--api" -> api = value;
        case "--port" -> port = Integer.parseInt(value);
        case "--tier" -> tier = value;
        case "--processing-delay-seconds" -> delay = Long.parseLong(value);
        default -> {
          usage("unknown option " + args[i]);
          return;
        }
      }
      i++;
    }
    AutoCloseable emulator;
    String baseUrl;
    if ("ballchasing".equals(api)) {
      BallchasingEmulator bc =
          BallchasingEmulator.builder()
              .port(port)
              .tier(tier)
              .processingDelay(Duration.ofSeconds(delay))
              .printViolations(true)
              .start();
      emulator = bc;
      baseUrl = bc.baseUrl();
    } else if ("ballistica".equals(api)) {
      BallisticaEmulator ba = BallisticaEmulator.builder().port(port).printViolations(true).start();
      emulator = ba;
      baseUrl = ba.baseUrl();
    } else {
      usage("--api must be ballchasing or ballistica");
      return;
    }
    System.out.println(api + " emulator listening at " + baseUrl + " (Ctrl+C to stop)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    emulator.close();
                  } catch (Exception ignored) {
                    // shutting down anyway
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: EmulatorMain --api ballchasing|ballistica [--port 8089] [--tier regular]"
            + " [--processing-delay-seconds 3]");
  }
}
