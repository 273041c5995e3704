package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.corpus.defaults.api.SearchApi;
import io.github.ballkit.corpus.defaults.model.Direction;
import io.github.ballkit.corpus.defaults.model.Options;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Spec defaults: a builder starts from them; decoding keeps what the JSON says. */
class DefaultsTest extends Stub {

  @Test
  void aBuilderStartsFromTheSpecDefaults() {
    Options options = Options.builder().build();

    assertThat(options.count()).isEqualTo(20);
    assertThat(options.ratio()).isEqualTo(0.5);
    assertThat(options.enabled()).isTrue();
    assertThat(options.name()).isEqualTo("unnamed \"quoted\"");
    assertThat(options.directionWithDefault()).isEqualTo(Direction.ASC);
    assertThat(options.inline()).isEqualTo(Options.InlineEnum.TWO);
    assertThat(options.level()).isEqualTo(Options.LevelEnum.NUMBER_2);
    assertThat(options.tags()).containsExactly("a", "b");
    assertThat(options.day()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(options.requiredWithDefault()).isEqualTo(7);
    assertThat(options.direction()).isNull();
  }

  @Test
  void aDecodedObjectKeepsWhatTheJsonLeavesOut() {
    Options options = decodesAndEncodesBack("{\"requiredWithDefault\":1}", Options.class);

    assertThat(options.count()).isNull();
    assertThat(options.requiredWithDefault()).isEqualTo(1);
  }

  @Test
  void aQueryObjectSendsOnlyWhatIsSetAndLeavesDefaultsToTheServer() {
    answer(200, "{\"requiredWithDefault\":7}");

    api(SearchApi.class).search(SearchApi.SearchQuery.builder().term("x").build());

    assertThat(request().getUrl()).isEqualTo("/search?term=x");
  }

  @Test
  void aQueryObjectSendsItsParametersByTheirWireNames() {
    answer(200, "{\"requiredWithDefault\":7}");

    api(SearchApi.class).search(SearchApi.SearchQuery.builder().count(5).sortDir("asc").build());

    assertThat(request().getQueryParams().get("count").firstValue()).isEqualTo("5");
    assertThat(request().getQueryParams().get("sort-dir").firstValue()).isEqualTo("asc");
  }
}
