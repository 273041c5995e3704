package io.github.ballkit.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes a copy of each spec whose {@code description}s and {@code summary}s are Javadoc HTML
 * rendered from their Markdown, for the generator: code spans become {@code <code>}, emphasis
 * {@code <em>}, lists {@code <ul>}, and {@code &}, {@code <} and {@code >} in text are escaped, so
 * Javadoc shows what the spec's author wrote and doclint accepts it. Example values are data and
 * are left alone.
 *
 * <p>Arguments: the folder of the specs and the folder to write the copies to.
 */
public final class SpecJavadoc {
  /** Keys whose values are data, not documentation. */
  private static final Set<String> DATA = Set.of("example", "examples", "default", "enum");

  private static final Set<String> TEXT = Set.of("description", "summary");

  /** Maps whose keys are names: a property called {@code x-y} or {@code example} is no keyword. */
  private static final Set<String> NAMED =
      Set.of("properties", "schemas", "responses", "parameters", "requestBodies", "headers");

  /** An HTML attribute quoted with {@code "}: the generator would escape the quotes. */
  private static final Pattern ATTRIBUTE = Pattern.compile("(<[a-z]+[^>]*?)=\"([^\"]*)\"");

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

  private SpecJavadoc() {}

  /**
   * Renders every {@code *.yaml} of a folder into another.
   *
   * @param args the source folder and the target folder
   * @throws IOException when a spec cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SpecJavadoc <spec folder> <output folder>");
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.SPLIT_LINES));
    try (Stream<Path> specs = Files.list(in)) {
      for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode root = yaml.readTree(spec.toFile());
        render(root);
        byte[] rendered = yaml.writeValueAsBytes(root);
        Path target = out.resolve(spec.getFileName());
        // an unchanged copy keeps its timestamp, so the generator's up-to-date check holds
        if (!Files.exists(target)
            || !java.util.Arrays.equals(Files.readAllBytes(target), rendered)) {
          Files.write(target, rendered);
        }
      }
    }
  }

  /** Renders the documentation strings of a tree in place. */
  static void render(JsonNode node) {
    render(node, false);
  }

  /**
   * Renders in place; {@code named} is true for a map whose keys are names the spec chose (the
   * members of {@code properties}), where {@code x-y} is a property, not an extension.
   */
  private static void render(JsonNode node, boolean named) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> field : fields) {
        String key = field.getKey();
        JsonNode value = field.getValue();
        if (!named && TEXT.contains(key) && value.isTextual()) {
          object.put(key, toJavadoc(value.asText()));
        } else if (named || (!DATA.contains(key) && !key.startsWith("x-"))) {
          render(value, !named && NAMED.contains(key));
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> render(item, false));
    }
  }

  /**
   * Renders Markdown as Javadoc HTML: paragraphs after the first start with {@code <p>}, the first
   * has no tag (the templates place it), and attributes are single-quoted.
   *
   * @param markdown the spec's text
   * @return the HTML, on one line
   */
  static String toJavadoc(String markdown) {
    String html = HTML.render(PARSER.parse(markdown)).strip();
    if (html.startsWith("<p>")) {
      html = html.substring(3);
    }
    html = html.replace("</p>\n<p>", "\n<p>").replace("</p>\n", "\n");
    if (html.endsWith("</p>")) {
      html = html.substring(0, html.length() - 4);
    }
    Matcher matcher = ATTRIBUTE.matcher(html);
    while (matcher.find()) {
      html = matcher.replaceAll("$1='$2'");
      matcher = ATTRIBUTE.matcher(html);
    }
    return html.replace('\n', ' ').strip();
  }
}
