package io.github.ballkit.core.internal;

import feign.MethodMetadata;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before anything is sent, a request that would address another resource than its
 * operation's: one whose path has an empty, {@code .} or {@code ..} segment (a path parameter
 * holding {@code ../}), or whose path parameter is empty or {@code null} ({@code getReplay("")}
 * would send {@code GET /replays/}, ballchasing's list of replays).
 */
public final class PathGuard implements RequestInterceptor {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  /** By path template, where its parameters are in a path. */
  private final Map<String, Parameters> parameters = new ConcurrentHashMap<>();

  PathGuard() {}

  /**
   * Refuses an empty or {@code null} path parameter of a convenience method before it starts, with
   * the message the generated operations give.
   *
   * @param operation the operation the convenience calls
   * @param parameter the parameter's name
   * @param value the value
   * @return the value
   */
  public static String requireNonEmpty(String operation, String parameter, String value) {
    if (value == null || value.isEmpty()) {
      throw emptyParameter(operation, parameter);
    }
    return value;
  }

  static IllegalArgumentException emptyParameter(String operation, String parameter) {
    return new IllegalArgumentException(
        "refusing to send "
            + operation
            + ": its path parameter '"
            + parameter
            + "' is empty or null");
  }

  @Override
  public void apply(RequestTemplate template) {
    String path = template.path();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    MethodMetadata method = template.methodMetadata();
    if (method != null) {
      Parameters declared = parameters.computeIfAbsent(method.template().path(), Parameters::of);
      String empty = declared.firstEmpty(path);
      if (empty != null) {
        throw emptyParameter(method.method().getName(), empty);
      }
    }
    checkSegments(path);
  }

  /**
   * Refuses a path with an empty, {@code .} or {@code ..} segment (a trailing {@code /} aside).
   *
   * @param path the path, without query
   */
  static void checkSegments(String path) {
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      String decoded = segment.replace("%2E", ".").replace("%2e", ".");
      if ((segment.isEmpty() && !last) || decoded.equals(".") || decoded.equals("..")) {
        throw new IllegalArgumentException(
            "refusing to send a request whose path has an empty, '.' or '..' segment: " + path);
      }
    }
  }

  /**
   * The path parameters of a template, and a pattern whose groups capture their values in a path
   * made from it. A value holds no {@code /} unless it spans segments (then it is the last one), so
   * each group takes as little as it can and the last one takes the rest.
   */
  private record Parameters(List<String> names, Pattern pattern) {
    static Parameters of(String template) {
      List<String> names = new ArrayList<>();
      StringBuilder regex = new StringBuilder("^");
      Matcher variable = VARIABLE.matcher(template);
      int from = 0;
      while (variable.find()) {
        regex.append(Pattern.quote(template.substring(from, variable.start()))).append("(.*?)");
        names.add(variable.group(1));
        from = variable.end();
      }
      regex.append(Pattern.quote(template.substring(from))).append('$');
      return new Parameters(names, Pattern.compile(regex.toString()));
    }

    /** Returns the name of the first parameter whose value in the path is empty, or null. */
    String firstEmpty(String path) {
      if (names.isEmpty()) {
        return null;
      }
      Matcher values = pattern.matcher(path);
      if (!values.matches()) {
        return null;
      }
      for (int i = 0; i < names.size(); i++) {
        if (values.group(i + 1).isEmpty()) {
          return names.get(i);
        }
      }
      return null;
    }
  }
}
