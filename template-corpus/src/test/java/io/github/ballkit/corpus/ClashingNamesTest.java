package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.corpus.names.api.ThingsApi;
import io.github.ballkit.corpus.names.model.Clashing;
import io.github.ballkit.corpus.names.model.Headers;
import io.github.ballkit.corpus.names.model.Keywords;
import io.github.ballkit.corpus.names.model.ModelBuilder;
import io.github.ballkit.corpus.names.model.ModelGenerated;
import io.github.ballkit.corpus.names.model.Param;
import io.github.ballkit.corpus.names.model.Response;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Schema, property and parameter names that clash with what the templates emit or with Java. */
class ClashingNamesTest extends Stub {

  @Test
  void propertiesNamedLikeModelMembersKeepTheirJsonNames() {
    String json =
        json(
            "{'hashCode':'h','builder':'b','toBuilder':'t','equals':'e','toString':5,"
                + "'additionalProperties':'a','getClass':'g',"
                + "'notify':'n','wait':'w','clone':'c','finalize':'f','build':'x','that':'y',"
                + "'other':'o','missing':'m','extra':true}");

    Clashing clashing = decodesAndEncodesBack(json, Clashing.class);

    assertThat(clashing.propertyHashCode()).isEqualTo("h");
    assertThat(clashing.propertyBuilder()).isEqualTo("b");
    assertThat(clashing.propertyToString()).isEqualTo(5);
    assertThat(clashing.propertyAdditionalProperties()).isEqualTo("a");
    assertThat(clashing._additionalProperties()).containsOnlyKeys("extra");
    assertThat(clashing.that()).isEqualTo("y");
  }

  @Test
  void membersNamedLikeLocalsOfTheGeneratedMethodsDoNotShadowThem() {
    Clashing one = Clashing.builder().that("a").other("b").missing("c").build();
    Clashing same = one.toBuilder().build();
    Clashing different = one.toBuilder().that("z").build();

    assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(different).isNotEqualTo(one);
    assertThat(one.toString()).contains("that=a");
  }

  @Test
  void javaKeywordsAsPropertyNamesKeepTheirJsonNames() {
    String json =
        json(
            "{'class':'c','public':true,'default':3,'null':'n','true':'t','enum':'e','int':4,"
                + "'object':'o','list':'l','var':'v','record':'r'}");

    Keywords keywords = decodesAndEncodesBack(json, Keywords.class);

    assertThat(keywords.propertyClass()).isEqualTo("c");
    assertThat(keywords._default()).isEqualTo(3);
    assertThat(keywords.propertyTrue()).isEqualTo("t");
    assertThat(keywords.record()).isEqualTo("r");
  }

  @Test
  void schemasNamedLikeTypesEveryFileUsesAreRenamed() {
    ModelGenerated generated =
        decodesAndEncodesBack("{\"by\":{\"name\":\"me\"}}", ModelGenerated.class);

    assertThat(generated.by()).isEqualTo(ModelBuilder.builder().name("me").build());
  }

  @Test
  void keywordPathParametersFillTheirPathSegments() {
    answer(200, "{\"status\":\"ok\"}");

    Response response = api(ThingsApi.class).getThing("o1", "c1", "d1", "p1");

    assertThat(response.status()).isEqualTo("ok");
    assertThat(request().getUrl()).isEqualTo("/things/o1/c1?default=d1");
    assertThat(request().getHeader("public")).isEqualTo("p1");
  }

  @Test
  void aBinaryResponseIsTheRawFeignResponseBesideASchemaNamedResponse() throws IOException {
    answerBytes(new byte[] {1, 2, 3});

    try (feign.Response raw = api(ThingsApi.class).downloadThing("t1");
        InputStream body = raw.body().asInputStream()) {
      assertThat(body.readAllBytes()).containsExactly(1, 2, 3);
    }
    assertThat(request().getUrl()).isEqualTo("/things/t1/raw");
  }

  @Test
  void schemasNamedLikeFeignAnnotationsAreBodiesAndResults() {
    answer(200, "{\"values\":[\"v\"]}");

    Headers headers = api(ThingsApi.class).postParam(Param.builder().value("p").build());

    assertThat(headers.values()).containsExactly("v");
    assertThat(request().getBodyAsString()).isEqualTo("{\"value\":\"p\"}");
  }
}
