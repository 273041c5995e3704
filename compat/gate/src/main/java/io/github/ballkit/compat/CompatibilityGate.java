package io.github.ballkit.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The compatibility gate: compares both specs and the generated client's Java API with the baseline
 * of the last release, writes a report and a changelog draft, and fails when a change breaks
 * callers in a version that does not declare a breaking release.
 *
 * <p>Arguments: {@code --baseline DIR --specs DIR --japicmp XML --version V --out DIR
 * [--move-baseline]}. With {@code --move-baseline} it instead copies the specs into the baseline
 * and records the version as the baseline's release.
 */
public final class CompatibilityGate {
  private CompatibilityGate() {}

  /**
   * Runs the gate.
   *
   * @param args see the class description
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    Path baseline = Path.of(required(options, "--baseline"));
    Path specs = Path.of(required(options, "--specs"));
    String version = required(options, "--version");
    if (options.containsKey("--move-baseline")) {
      moveBaseline(baseline, specs, version);
      return;
    }
    Path out = Path.of(required(options, "--out"));
    Result result = run(baseline, specs, Path.of(required(options, "--japicmp")), version);
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.md"), result.report());
    Files.writeString(out.resolve("CHANGELOG-draft.md"), result.changelog());
    System.out.println(result.report());
    if (result.fails()) {
      throw new IllegalStateException(
          result.breaking()
              + " breaking change(s) in "
              + version
              + ", which is no breaking release after "
              + result.baselineVersion()
              + ": see "
              + out.resolve("report.md")
              + " (or bump the version to declare a breaking release)");
    }
  }

  /**
   * Compares the current state with the baseline.
   *
   * @param baseline the baseline folder: the specs of the last release and {@code
   *     baseline.properties}
   * @param specs the folder of the current specs
   * @param japicmpXml japicmp's XML report of the generated client against the baseline's build
   * @param version the project's version
   * @return the changes, the verdict and the texts
   * @throws IOException when a file cannot be read
   */
  static Result run(Path baseline, Path specs, Path japicmpXml, String version) throws IOException {
    String baselineVersion = baselineVersion(baseline);
    List<Change> changes = new ArrayList<>();
    try (Stream<Path> files = Files.list(baseline)) {
      for (Path old : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String api = old.getFileName().toString().replace(".yaml", "");
        Path current = specs.resolve(old.getFileName());
        if (!Files.exists(current)) {
          changes.add(
              Change.breaking(
                  api + " spec",
                  current.toString(),
                  "the spec is gone",
                  "every generated interface and model of the API goes with it",
                  "keep the spec"));
          continue;
        }
        changes.addAll(SpecDiff.compare(api, old, current));
      }
    }
    changes.addAll(JapicmpReport.read(japicmpXml));
    return new Result(
        changes, baselineVersion, version, VersionPolicy.allowsBreaking(baselineVersion, version));
  }

  private static void moveBaseline(Path baseline, Path specs, String version) throws IOException {
    try (Stream<Path> files = Files.list(specs)) {
      for (Path spec : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(spec, baseline.resolve(spec.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path properties = baseline.resolve("baseline.properties");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(properties)) {
      lines.add(line.startsWith("version=") ? "version=" + release(version) : line);
    }
    Files.write(properties, lines);
    System.out.println("The baseline is now " + release(version) + ": " + baseline);
  }

  private static String release(String version) {
    return version.replace("-SNAPSHOT", "");
  }

  static String baselineVersion(Path baseline) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(baseline.resolve("baseline.properties"))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + baseline.resolve("baseline.properties"), e);
    }
    String version = properties.getProperty("version");
    if (version == null) {
      throw new IllegalStateException("no version= in " + baseline.resolve("baseline.properties"));
    }
    return version;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(args[i], flag ? "" : args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }
}
