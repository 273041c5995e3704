package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.ballkit.corpus.additional.api.CountersApi;
import io.github.ballkit.corpus.additional.model.Anything;
import io.github.ballkit.corpus.additional.model.Counters;
import io.github.ballkit.corpus.additional.model.Holder;
import io.github.ballkit.corpus.additional.model.Tag;
import io.github.ballkit.corpus.additional.model.Tagged;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Declared properties beside typed additionalProperties, and map-typed properties. */
class AdditionalPropertiesTest extends Stub {

  @Test
  void typedAdditionalPropertiesAreCapturedWithTheirType() {
    Counters counters =
        decodesAndEncodesBack(json("{'name':'hits','home':3,'about':12}"), Counters.class);

    assertThat(counters.name()).isEqualTo("hits");
    Map<String, Integer> extras = counters._additionalProperties();
    assertThat(extras).containsOnly(Map.entry("home", 3), Map.entry("about", 12));
  }

  @Test
  void anAdditionalPropertyOfTheWrongTypeFailsToDecode() {
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\"home\":\"x\"}", Counters.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void additionalPropertiesOfAReferencedSchemaDecodeIntoIt() {
    Tagged tagged =
        decodesAndEncodesBack(json("{'id':'1','red':{'label':'R'},'blue':{}}"), Tagged.class);

    assertThat(tagged._additionalProperties().get("red"))
        .isEqualTo(Tag.builder().label("R").build());
    assertThat(tagged._additionalProperties()).containsKey("blue");
  }

  @Test
  void freeFormAdditionalPropertiesKeepAnyJson() {
    Anything anything =
        decodesAndEncodesBack(json("{'id':'1','n':[1,{'x':null}],'b':false}"), Anything.class);

    assertThat(anything._additionalProperties()).containsOnlyKeys("n", "b");
  }

  @Test
  void builtAdditionalPropertiesAreWrittenBesideTheDeclaredOnes() {
    Counters counters = Counters.builder().name("c").putAdditionalProperty("k", 1).build();

    assertThat(RoundTrip.written(counters)).isEqualTo(RoundTrip.tree(json("{'name':'c','k':1}")));
  }

  @Test
  void mapPropertiesOfModelsMapsAndAnythingRoundTrip() {
    Holder holder =
        decodesAndEncodesBack(
            json("{'byId':{'a':{'label':'A'}},'free':{'x':[1]},'nested':{'o':{'i':1}}}"),
            Holder.class);

    assertThat(holder.byId().get("a").label()).isEqualTo("A");
    assertThat(holder.free().get("x")).isEqualTo(List.of(1));
    assertThat(holder.nested().get("o")).containsEntry("i", 1);
  }

  @Test
  void theExtrasAreSentAndAnsweredThroughFeign() {
    answer(200, json("{'name':'n','z':9}"));

    Counters answered =
        api(CountersApi.class)
            .putCounters(Counters.builder().name("n").putAdditionalProperty("y", 2).build());

    assertThat(request().getMethod().getName()).isEqualTo("PUT");
    assertThat(RoundTrip.tree(request().getBodyAsString()))
        .isEqualTo(RoundTrip.tree(json("{'name':'n','y':2}")));
    assertThat(answered._additionalProperties()).containsEntry("z", 9);
  }

  @Test
  void aTopLevelMapSchemaIsAMapResult() {
    answer(200, json("{'a':'A','b':'B'}"));

    assertThat(api(CountersApi.class).getLabels()).containsEntry("b", "B");
  }
}
