package io.github.ballkit.compat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic versioning of breaking changes: a breaking change needs a new major version, or below
 * 1.0 a new minor version, after the baseline's release.
 */
final class VersionPolicy {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  private VersionPolicy() {}

  /**
   * Tells whether a version may break callers of the baseline's.
   *
   * @param baseline the release the baseline belongs to, e.g. {@code 0.1.0}
   * @param current the project's version, e.g. {@code 0.2.0-SNAPSHOT}
   * @return true when {@code current} is a breaking release after {@code baseline}
   */
  static boolean allowsBreaking(String baseline, String current) {
    int[] base = parse(baseline);
    int[] now = parse(current);
    if (base[0] == 0) {
      return now[0] > 0 || now[1] > base[1];
    }
    return now[0] > base[0];
  }

  private static int[] parse(String version) {
    Matcher matcher = VERSION.matcher(version.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a semantic version: " + version);
    }
    return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
  }
}
