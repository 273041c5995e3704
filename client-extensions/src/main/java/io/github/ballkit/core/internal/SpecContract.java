package io.github.ballkit.core.internal;

import feign.Contract;
import feign.DefaultContract;
import feign.MethodMetadata;
import feign.Param;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feign's default contract, adjusted by what the spec says of each operation's path parameters.
 *
 * <p>Feign sends a {@code /} inside a path parameter as a literal separator and passes a value that
 * looks encoded through unchanged, so {@code getReplay("a/b")} or {@code getReplay("a%2Fb")} would
 * address {@code /replays/a/b}, another resource. Here every path parameter is percent-encoded in
 * full ({@link PathSegments}), so it stays one segment, unless the spec marks it {@code
 * x-multi-segment} (a workspace file path): such a value keeps its separators. Feign decodes {@code
 * %2F} per method, not per parameter, so in a method with a multi-segment parameter the other path
 * parameters may not contain a {@code /} at all.
 */
final class SpecContract implements Contract {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final Contract annotations = new DefaultContract();
  private final Operations operations;

  SpecContract(Operations operations) {
    this.operations = operations;
  }

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> methods = annotations.parseAndValidateMetadata(targetType);
    for (MethodMetadata method : methods) {
      OperationInfo operation = operations.resolve(method);
      Set<String> multiSegment = operation.multiSegmentParameters();
      method.template().decodeSlash(!multiSegment.isEmpty());
      method.indexToExpander(pathExpanders(method, multiSegment));
    }
    return methods;
  }

  /** The facts name multi-segment parameters as the generated interface does. */
  private static Map<Integer, Param.Expander> pathExpanders(
      MethodMetadata method, Set<String> multiSegment) {
    List<String> variables = variables(method.template().path());
    Param.Expander single = multiSegment.isEmpty() ? PathSegments::encode : SpecContract::noSlash;
    Map<Integer, Param.Expander> expanders = new HashMap<>();
    method
        .indexToName()
        .forEach(
            (index, names) -> {
              for (String name : names) {
                if (variables.contains(name)) {
                  expanders.put(index, multiSegment.contains(name) ? PathSegments::encode : single);
                }
              }
            });
    return expanders;
  }

  static String noSlash(Object value) {
    String text = String.valueOf(value);
    if (text.indexOf('/') >= 0) {
      throw new IllegalArgumentException(
          "refusing to send a path parameter that contains '/' beside a file path: " + text);
    }
    return PathSegments.encode(text);
  }

  private static List<String> variables(String template) {
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
