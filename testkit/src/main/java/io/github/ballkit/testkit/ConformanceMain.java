package io.github.ballkit.testkit;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.testkit.internal.ApiSpec;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The conformance runner as a command:
 *
 * <pre>
 * ConformanceMain --api ballchasing|ballistica (--base-url URL | --live) [--token T]
 *                 [--allow-writes] [--timeout-seconds 10] [--replay file.replay]
 * </pre>
 *
 * <p>Prints one line per operation (conforms, violates, unreachable, skipped) with the rule and
 * place of each finding, and exits 0 only when everything that ran conforms (1 otherwise, 2 for a
 * bad command line). {@code --live} checks the real service of the spec's {@code servers} entry,
 * with the token from {@code --token} or {@code BALLCHASING_API_KEY} / {@code BALLISTICA_API_KEY}.
 */
public final class ConformanceMain {
  static final String USAGE =
      "usage: ConformanceMain --api ballchasing|ballistica (--base-url URL | --live) [--token T]"
          + " [--allow-writes] [--timeout-seconds 10] [--replay file.replay]";

  private ConformanceMain() {}

  /**
   * Runs the check and exits with its verdict.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs the check.
   *
   * @param args the command line
   * @param environment where {@code --live} reads the token
   * @param out where the table goes
   * @param err where usage errors go
   * @return the exit code: 0 conforms, 1 does not, 2 bad command line
   */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    Api api;
    String baseUrl;
    ConformanceOptions options;
    try {
      Parsed parsed = parse(args, environment);
      api = parsed.api();
      baseUrl = parsed.baseUrl();
      options = parsed.options();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    ConformanceReport report = Conformance.check(api, baseUrl, options);
    out.print(report.table());
    return report.conforms() ? 0 : 1;
  }

  private record Parsed(Api api, String baseUrl, ConformanceOptions options) {}

  private static Parsed parse(String[] args, Map<String, String> environment) {
    String api = null;
    String baseUrl = null;
    String token = null;
    boolean live = false;
    ConformanceOptions.Builder options = ConformanceOptions.builder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--allow-writes" -> options.allowWrites(true);
        case "--live" -> live = true;
        case "--api" -> api = value(args, ++i, option);
        case "--base-url" -> baseUrl = value(args, ++i, option);
        case "--token" -> token = value(args, ++i, option);
        case "--timeout-seconds" ->
            options.timeout(Duration.ofSeconds(number(value(args, ++i, option), option)));
        case "--replay" -> {
          Path file = Path.of(value(args, ++i, option));
          if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--replay: no such file " + file);
          }
          options.replayFile(file);
        }
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    Api chosen = apiNamed(api);
    if (live) {
      if (baseUrl == null) {
        baseUrl = ApiSpec.of(chosen).model().getServers().get(0).getUrl();
      }
      if (token == null) {
        token =
            environment.get(
                chosen == Api.BALLCHASING
                    ? BallchasingClient.TOKEN_VARIABLE
                    : BallisticaClient.TOKEN_VARIABLE);
      }
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException(
            "--live needs --token or "
                + (chosen == Api.BALLCHASING
                    ? BallchasingClient.TOKEN_VARIABLE
                    : BallisticaClient.TOKEN_VARIABLE));
      }
    }
    if (baseUrl == null) {
      throw new IllegalArgumentException("--base-url is required (or --live)");
    }
    if (token != null) {
      options.token(token);
    }
    return new Parsed(chosen, baseUrl, options.build());
  }

  private static Api apiNamed(String name) {
    if ("ballchasing".equals(name)) {
      return Api.BALLCHASING;
    }
    if ("ballistica".equals(name)) {
      return Api.BALLISTICA;
    }
    throw new IllegalArgumentException("--api must be ballchasing or ballistica");
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException("option " + option + " needs a value");
    }
    return args[index];
  }

  private static long number(String text, String option) {
    try {
      long n = Long.parseLong(text);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a positive number, not " + text);
    }
  }
}
