package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.corpus.docs.api.DocsApi;
import io.github.ballkit.corpus.docs.model.Doc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Descriptions with HTML-special characters and Javadoc syntax, and JSON names with special
 * characters. That the generated Javadoc is well-formed is checked by doclint when this module
 * compiles (see its POM); these tests pin what a reader and the wire see.
 */
class JavadocSafeTextTest extends Stub {

  @Test
  void jsonNamesWithSpecialCharactersAreSentAsWritten() {
    Doc doc =
        decodesAndEncodesBack(
            json(
                "{'a&b':'1','x-y':'2','@type':'3','with space':'4','quote\\u0027s':'5',"
                    + "'\u00fcn\u00efcode':'6','1st':7,'level':'c&d'}"),
            Doc.class);

    assertThat(doc.aAmpersandB()).isEqualTo("1");
    assertThat(doc.atType()).isEqualTo("3");
    assertThat(doc.quoteQuoteS()).isEqualTo("5");
    assertThat(doc._1st()).isEqualTo(7);
    assertThat(doc.level()).isEqualTo(Doc.LevelEnum.C_D);
  }

  @Test
  void enumValuesThatNeedEscapingKeepTheirWireValue() {
    assertThat(Doc.LevelEnum.A_B.value()).isEqualTo("a<b");
    assertThat(Doc.LevelEnum.E_F.value()).isEqualTo("e\"f");
    assertThat(Doc.LevelEnum.BACK_SLASH.value()).isEqualTo("back\\slash");
  }

  @Test
  void descriptionsReachJavadocRenderedAndEscaped() throws IOException {
    String source = Files.readString(generated("docs", "api/DocsApi.java"));

    assertThat(source)
        .contains("Get a doc where a &lt;= b &amp; c &gt; d")
        .contains("<code>count &lt;= 10</code>")
        .contains("An id, 1 &lt;= id &amp; id &lt; 2^31, see &lt;here&gt;.")
        .doesNotContain("a <= b")
        .doesNotContain("<here>")
        .doesNotContain("&amp;lt;");
  }

  @Test
  void jsonPropertyNamesInAnnotationsAreNotHtmlEscaped() throws IOException {
    String source = Files.readString(generated("docs", "model/Doc.java"));

    assertThat(source)
        .contains("@JsonProperty(\"a&b\")")
        .doesNotContain("@JsonProperty(\"a&amp;b\")");
  }

  @Test
  void theOperationIsBound() {
    answer(200, "{\"x-y\":\"z\"}");

    Doc doc = api(DocsApi.class).getDoc("d1", "q1");

    assertThat(doc.xY()).isEqualTo("z");
    assertThat(request().getUrl()).isEqualTo("/docs/d1?q=q1");
  }

  static Path generated(String corpus, String file) {
    return Path.of(System.getProperty("basedir", ""))
        .toAbsolutePath()
        .resolve("target/generated-sources")
        .resolve(corpus)
        .resolve("java/io/github/ballkit/corpus")
        .resolve(corpus)
        .resolve(file);
  }
}
