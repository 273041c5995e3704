package io.github.ballkit.testkit;

import java.util.Arrays;

/**
 * The entry point of the runnable testkit jar ({@code ballkit-testkit-<version>-all.jar}):
 *
 * <pre>
 * java -jar ballkit-testkit-all.jar emulator --api ballchasing --port 8089 [--seed 20]
 * java -jar ballkit-testkit-all.jar conformance --api ballchasing --base-url http://127.0.0.1:8089/api
 * </pre>
 *
 * <p>{@code emulator} takes the options of {@link EmulatorMain}, {@code conformance} those of
 * {@link ConformanceMain}.
 */
public final class TestkitMain {
  private TestkitMain() {}

  /**
   * Runs the command named by the first argument.
   *
   * @param args {@code emulator ...} or {@code conformance ...}
   * @throws InterruptedException when the emulator is interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    String command = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "emulator" -> EmulatorMain.main(rest);
      case "conformance" -> ConformanceMain.main(rest);
      default -> {
        System.err.println(
            "usage: java -jar ballkit-testkit-all.jar emulator|conformance [options]\n  "
                + "emulator: --api ballchasing|ballistica [--port 8089] [--tier regular]"
                + " [--processing-delay-seconds 3] [--seed 0]\n  "
                + ConformanceMain.USAGE.replace("usage: ConformanceMain ", "conformance: "));
        System.exit(2);
      }
    }
  }
}
