package io.github.ballkit.ballistica;

import java.util.List;
import java.util.Locale;

/**
 * A workspace-relative path such as {@code mymod/plugin.py}: segments separated by {@code /}, none
 * empty, {@code .} or {@code ..}. Checked before any request, so a path can never climb out of the
 * workspace. Each segment is percent-encoded on its own when sent; the separators stay literal.
 *
 * <p>The server adds its own rules (lowercase, no spaces, an allowed extension for files) and
 * answers 400 {@code invalid_parameter} when they are broken; ballkit does not repeat those rules,
 * which the server may relax.
 *
 * @param value the normalized path
 */
public record WorkspacePath(String value) {

  /**
   * Validates the path.
   *
   * @param value the normalized path
   */
  public WorkspacePath {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a workspace path must not be empty");
    }
    if (value.startsWith("/")) {
      throw new IllegalArgumentException(
          "a workspace path is relative to the workspace root and must not start with '/': "
              + value);
    }
    if (value.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("use '/' to separate workspace path segments: " + value);
    }
    for (String segment : value.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "a workspace path must not have empty, '.' or '..' segments: " + value);
      }
    }
  }

  /**
   * Parses a path.
   *
   * @param value e.g. {@code mymod/plugin.py}
   * @return the path
   * @throws IllegalArgumentException for an empty, absolute or climbing path
   */
  public static WorkspacePath of(String value) {
    return new WorkspacePath(value);
  }

  /**
   * Returns the path's segments.
   *
   * @return the segments, in order
   */
  public List<String> segments() {
    return List.of(value.split("/"));
  }

  /**
   * Tells whether the path has the lowercase form the server requires.
   *
   * @return {@code true} when the path has no uppercase letters
   */
  public boolean isLowercase() {
    return value.equals(value.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
