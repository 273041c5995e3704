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
 * <p>Feign sends a {@code /} inside a path parameter as a literal separator, so {@code
 * getReplay("a/b")} would address {@code /replays/a/b}, another resource. Here a parameter is one
 * segment (its {@code /} sent as {@code %2F}) unless the spec marks it {@code x-multi-segment}:
 * such a value (a workspace file path) has each segment percent-encoded on its own, a literal
 * {@code %} included, and keeps its separators.
 */
final class SpecContract implements Contract {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final Contract annotations = new DefaultContract();
  private final SpecMetadata spec;

  SpecContract(SpecMetadata spec) {
    this.spec = spec;
  }

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> methods = annotations.parseAndValidateMetadata(targetType);
    for (MethodMetadata method : methods) {
      OperationInfo operation = spec.operation(method.method().getName(), "");
      Set<String> multiSegment = operation.multiSegmentParameters();
      if (multiSegment.isEmpty()) {
        method.template().decodeSlash(false);
      } else {
        method.indexToExpander(multiSegmentExpanders(method, operation.path(), multiSegment));
      }
    }
    return methods;
  }

  /** Generated names differ from the spec's ({@code filePath}, {@code file_path}): match places. */
  private static Map<Integer, Param.Expander> multiSegmentExpanders(
      MethodMetadata method, String specPath, Set<String> multiSegment) {
    List<String> generated = variables(method.template().path());
    List<String> declared = variables(specPath);
    Map<Integer, Param.Expander> expanders = new HashMap<>();
    method
        .indexToName()
        .forEach(
            (index, names) -> {
              for (String name : names) {
                int place = generated.indexOf(name);
                if (place >= 0
                    && place < declared.size()
                    && multiSegment.contains(declared.get(place))) {
                  expanders.put(index, PathSegments::encode);
                }
              }
            });
    return expanders;
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
