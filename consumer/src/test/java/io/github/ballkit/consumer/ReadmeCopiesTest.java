package io.github.ballkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * This project is what a user writes from README.md alone: its POM holds the README's dependency
 * snippet line for line, and its tests hold the README's Java snippets as they are, imports
 * included. Read from the repository this project sits in.
 */
class ReadmeCopiesTest {
  private static final Path README = Path.of("../README.md");
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// tag::readme\\[]\\n(.*?)\\n\\s*// end::readme\\[]", Pattern.DOTALL);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?[\\w.]+;$", Pattern.MULTILINE);

  @Test
  void pomHoldsTheReadmeDependencySnippet() throws IOException {
    String readme = Files.readString(README);
    int section = readme.indexOf("## Using it");
    Matcher xml = Pattern.compile("```xml\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
    assertThat(section).as("README section 'Using it'").isNotNegative();
    assertThat(xml.find(section)).as("an xml block in 'Using it'").isTrue();

    assertThat(stripped(Files.readString(Path.of("pom.xml"))))
        .as("pom.xml holds README.md's dependency snippet")
        .containsSequence(stripped(xml.group(1)));
  }

  @Test
  void testsHoldReadmeJavaSnippetsWithTheirImports() throws IOException {
    String readme = Files.readString(README);
    List<String> blocks = JAVA_BLOCK.matcher(readme).results().map(m -> m.group(1)).toList();
    int regions = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        List<String> imports = IMPORT.matcher(source).results().map(m -> m.group()).toList();
        Matcher region = REGION.matcher(source);
        while (region.find()) {
          regions++;
          String code = dedent(region.group(1));
          List<String> copiedFrom =
              blocks.stream().filter(b -> b.endsWith("\n" + code) || b.equals(code)).toList();
          assertThat(copiedFrom).as("%s: a README block ending in%n%s", file, code).hasSize(1);
          assertThat(imports)
              .as("%s has the imports of its README block", file)
              .containsAll(IMPORT.matcher(copiedFrom.get(0)).results().map(m -> m.group()).toList());
        }
      }
    }
    assertThat(regions).isEqualTo(4);
  }

  private static List<String> stripped(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
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
    return out.toString().strip();
  }
}
