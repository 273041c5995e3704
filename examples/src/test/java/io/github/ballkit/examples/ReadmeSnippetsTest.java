package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code java} block of the READMEs (the repository's and the testkit's) must be, verbatim, a
 * tagged region of a source file the build compiles ({@code ReadmeSnippets} and the testkit snippet
 * tests), so no snippet can rot. A block starts with the imports it needs, so that it can be copied
 * as it is: exactly the imports of that source file whose type (or static member) the region uses.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?[\\w.]+;$", Pattern.MULTILINE);

  private record Region(String code, List<String> fileImports) {}

  @ParameterizedTest(name = "{0}")
  @CsvSource({"README.md, 13", "testkit/README.md, 2"})
  void everyReadmeJavaBlockIsCompiledCode(String file, int expectedBlocks) throws IOException {
    String readme = Files.readString(ROOT.resolve(file));
    List<Region> regions = taggedRegions();
    Matcher block = JAVA_BLOCK.matcher(readme);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      List<String> imports = new ArrayList<>();
      Matcher imported = IMPORT.matcher(block.group(1));
      int codeStart = 0;
      while (imported.find() && block.group(1).substring(codeStart, imported.start()).isBlank()) {
        imports.add(imported.group());
        codeStart = imported.end();
      }
      String code = block.group(1).substring(codeStart).strip();
      List<Region> matching = regions.stream().filter(r -> r.code().equals(code)).toList();
      assertThat(matching)
          .as("%s block not found in any tagged source region:%n%s", file, code)
          .isNotEmpty();
      assertThat(new TreeSet<>(imports))
          .as("%s block's imports (those of its source file that it uses):%n%s", file, code)
          .isEqualTo(usedImports(matching.get(0)));
    }
    assertThat(blocks).isGreaterThanOrEqualTo(expectedBlocks);
  }

  private static TreeSet<String> usedImports(Region region) {
    TreeSet<String> used = new TreeSet<>();
    for (String line : region.fileImports()) {
      String name = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
      if (Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\b")
          .matcher(region.code())
          .find()) {
        used.add(line);
      }
    }
    return used;
  }

  private static List<Region> taggedRegions() throws IOException {
    List<Region> regions = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("examples/src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        List<String> imports = IMPORT.matcher(source).results().map(m -> m.group()).toList();
        Matcher region = REGION.matcher(source);
        while (region.find()) {
          regions.add(new Region(dedent(region.group(2)).strip(), imports));
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
