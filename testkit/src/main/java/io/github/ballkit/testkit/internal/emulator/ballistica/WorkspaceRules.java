package io.github.ballkit.testkit.internal.emulator.ballistica;

import io.github.ballkit.testkit.internal.emulator.ApiError;
import java.util.Locale;
import java.util.Set;

/**
 * The server's input rules as the live tests show them: workspace names and workspace paths. A
 * broken rule answers 400 {@code invalid_parameter}.
 */
final class WorkspaceRules {
  /**
   * Extensions known to be accepted; {@code .exe} and others are rejected (the real list is wider).
   */
  static final Set<String> FILE_EXTENSIONS = Set.of("txt", "py", "bstr", "json");

  static final int MAX_WORKSPACE_NAME = 128;
  static final int MAX_ENTRY_NAME = 64;

  private WorkspaceRules() {}

  static String workspaceName(String name) {
    if (name == null || name.isEmpty()) {
      throw invalid("Workspace name must not be empty.");
    }
    if (name.startsWith(" ") || name.endsWith(" ")) {
      throw invalid("Workspace name must not start or end with a space.");
    }
    if (name.contains("/")) {
      throw invalid("Workspace name must not contain '/'.");
    }
    if (name.length() > MAX_WORKSPACE_NAME) {
      throw invalid("Workspace name must be at most " + MAX_WORKSPACE_NAME + " characters.");
    }
    return name;
  }

  static String directoryPath(String path) {
    checkSegments(path);
    return path;
  }

  static String filePath(String path) {
    checkSegments(path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      throw invalid("File name '" + name + "' needs an extension.");
    }
    String extension = name.substring(dot + 1);
    if (!FILE_EXTENSIONS.contains(extension)) {
      throw invalid("File extension '." + extension + "' is not allowed.");
    }
    return path;
  }

  private static void checkSegments(String path) {
    if (path == null || path.isEmpty()) {
      throw invalid("Path must not be empty.");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid("Path '" + path + "' has an empty, '.' or '..' segment.");
      }
      if (!segment.equals(segment.toLowerCase(Locale.ROOT))) {
        throw invalid("Path '" + path + "' must be lowercase.");
      }
      if (segment.chars().anyMatch(Character::isWhitespace)) {
        throw invalid("Path '" + path + "' must not contain spaces.");
      }
      if (segment.length() > MAX_ENTRY_NAME) {
        throw invalid("Name '" + segment + "' is longer than " + MAX_ENTRY_NAME + " characters.");
      }
    }
  }

  static ApiError invalid(String message) {
    return new ApiError(400, "invalid_parameter", message);
  }
}
