package io.github.ballkit.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template such as {@code /api/v1/workspaces/{workspace_id}/files/{file_path}},
 * turned into a matcher. Parameters marked {@code x-multi-segment} may span several segments.
 */
public final class PathTemplate {
  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private final String template;
  private final List<String> names = new ArrayList<>();
  private final Pattern regex;
  private final int literalLength;

  /**
   * Compiles a template.
   *
   * @param template the full template, base path included
   * @param multiSegment names of the parameters whose value may contain {@code /}
   */
  public PathTemplate(String template, Set<String> multiSegment) {
    this.template = template;
    StringBuilder out = new StringBuilder("^");
    Matcher m = PARAM.matcher(template);
    int last = 0;
    int literal = 0;
    while (m.find()) {
      out.append(Pattern.quote(template.substring(last, m.start())));
      literal += m.start() - last;
      String name = m.group(1);
      names.add(name);
      out.append(multiSegment.contains(name) ? "(.+)" : "([^/]+)");
      last = m.end();
    }
    out.append(Pattern.quote(template.substring(last))).append('$');
    literal += template.length() - last;
    this.regex = Pattern.compile(out.toString());
    this.literalLength = literal;
  }

  /**
   * Matches a raw (still percent-encoded) request path.
   *
   * @param rawPath the path, without query string
   * @return the raw parameter values by name, or empty when the path does not fit
   */
  public Optional<Map<String, String>> match(String rawPath) {
    Matcher m = regex.matcher(rawPath);
    if (!m.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), m.group(i + 1));
    }
    return Optional.of(values);
  }

  /**
   * Fills the template in.
   *
   * @param values raw (already encoded) values by parameter name
   * @return a concrete path
   */
  public String expand(Map<String, String> values) {
    Matcher m = PARAM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for path parameter " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Characters outside parameters: the more, the more specific (OpenAPI prefers concrete paths).
   *
   * @return the count of literal characters
   */
  public int literalLength() {
    return literalLength;
  }

  /**
   * The parameter names in order.
   *
   * @return the names
   */
  public List<String> parameterNames() {
    return List.copyOf(names);
  }

  /**
   * Whether another template is the same but for parameter names.
   *
   * @param other the other template text
   * @return true when they are equivalent
   */
  public boolean sameShapeAs(String other) {
    return PARAM.matcher(template).replaceAll("{}").equals(PARAM.matcher(other).replaceAll("{}"));
  }

  @Override
  public String toString() {
    return template;
  }
}
