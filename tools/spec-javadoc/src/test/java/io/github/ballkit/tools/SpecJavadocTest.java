package io.github.ballkit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** The spec's Markdown comes out as Javadoc HTML that reads as written and that doclint accepts. */
class SpecJavadocTest {

  @Test
  void codeSpansAndEmphasisBecomeTags() {
    assertThat(SpecJavadoc.toJavadoc("Maps to *none active*, see `getReplay`."))
        .isEqualTo("Maps to <em>none active</em>, see <code>getReplay</code>.");
  }

  @Test
  void ampersandsAndAngleBracketsAreEscaped() {
    assertThat(SpecJavadoc.toJavadoc("Names joined with `&`, e.g. A & B <account id> <= 2."))
        .isEqualTo(
            "Names joined with <code>&amp;</code>, e.g. A &amp; B &lt;account id&gt; &lt;= 2.");
  }

  @Test
  void listsAndParagraphsKeepTheirShape() {
    assertThat(SpecJavadoc.toJavadoc("First.\n\nSecond:\n- one\n- two"))
        .isEqualTo("First. <p>Second: <ul> <li>one</li> <li>two</li> </ul>");
  }

  @Test
  void linksAreSingleQuotedSoTheGeneratorLeavesThemAlone() {
    assertThat(SpecJavadoc.toJavadoc("[docs](https://example.org/a?b=c)"))
        .isEqualTo("<a href='https://example.org/a?b=c'>docs</a>");
  }

  @Test
  void examplesAreDataAndStayUntouched() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode root =
        yaml.readTree(
            "description: \"`a`\"\n"
                + "example: {description: \"`raw`\"}\n"
                + "x-note: \"`kept`\"\n"
                + "properties: {p: {description: \"*b*\"}, x-y: {description: \"<a href=x>\"}}\n");

    SpecJavadoc.render(root);

    assertThat(root.get("description").asText()).isEqualTo("<code>a</code>");
    assertThat(root.at("/example/description").asText()).isEqualTo("`raw`");
    assertThat(root.get("x-note").asText()).isEqualTo("`kept`");
    assertThat(root.at("/properties/p/description").asText()).isEqualTo("<em>b</em>");
    assertThat(root.at("/properties/x-y/description").asText()).isEqualTo("&lt;a href=x&gt;");
  }
}
