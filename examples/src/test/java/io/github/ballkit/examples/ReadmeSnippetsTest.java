package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code java} block of the READMEs (the repository's and the testkit's) must be, verbatim, a
 * tagged region of a source file the build compiles ({@code ReadmeSnippets} and the testkit snippet
 * tests), so no snippet can rot.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  @ParameterizedTest(name = "{0}")
  @CsvSource({"README.md, 13", "testkit/README.md, 2"})
  void everyReadmeJavaBlockIsCompiledCode(String file, int expectedBlocks) throws IOException {
    String readme = Files.readString(ROOT.resolve(file));
    List<String> regions = taggedRegions();
    Matcher block = JAVA_BLOCK.matcher(readme);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      assertThat(regions)
          .as("%s block not found in any tagged source region:%n%s", file, block.group(1))
          .contains(block.group(1).strip());
    }
    assertThat(blocks).isGreaterThanOrEqualTo(expectedBlocks);
  }

  private static List<String> taggedRegions() throws IOException {
    List<String> regions = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("examples/src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher region = REGION.matcher(Files.readString(file));
        while (region.find()) {
          regions.add(dedent(region.group(2)).strip());
        }
      }
    }
    return regions;
  }

  private static String dedent(String text) {
    int indent = Integer.MAX_VALUE;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
