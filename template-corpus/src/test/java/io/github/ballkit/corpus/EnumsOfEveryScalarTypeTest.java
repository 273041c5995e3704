package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.ballkit.corpus.enums.api.EnumsApi;
import io.github.ballkit.corpus.enums.model.Flavor;
import io.github.ballkit.corpus.enums.model.Level;
import io.github.ballkit.corpus.enums.model.Mode;
import io.github.ballkit.corpus.enums.model.Priority;
import io.github.ballkit.corpus.enums.model.Ratio;
import io.github.ballkit.corpus.enums.model.Scale;
import io.github.ballkit.corpus.enums.model.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enums of strings, integers and numbers, closed and extensible, inline, in arrays and maps. */
class EnumsOfEveryScalarTypeTest extends Stub {
  private static final String SETTINGS =
      json(
          "{'mode':'with space','flavor':'vanilla','level':2,'priority':20,'ratio':0.5,"
              + "'scale':1.5,'color':'green','size':3,'weight':0.75,'tone':'soft','nums':[1,3],"
              + "'tags':['b','a'],'byName':{'x':'on','y':'off'},'levels':[3,1]}");

  @Test
  void everyEnumDecodesToItsConstantAndIsWrittenBackAsItsWireValue() {
    Settings settings = decodesAndEncodesBack(SETTINGS, Settings.class);

    assertThat(settings.mode()).isEqualTo(Mode.WITH_SPACE);
    assertThat(settings.flavor()).isSameAs(Flavor.VANILLA);
    assertThat(settings.level()).isEqualTo(Level.NUMBER_2);
    assertThat(settings.priority()).isSameAs(Priority.NUMBER_20);
    assertThat(settings.ratio()).isEqualTo(Ratio.NUMBER_0_DOT_5);
    assertThat(settings.scale()).isSameAs(Scale.NUMBER_1_DOT_5);
    assertThat(settings.color()).isEqualTo(Settings.ColorEnum.GREEN);
    assertThat(settings.size()).isEqualTo(Settings.SizeEnum.NUMBER_3);
    assertThat(settings.weight()).isEqualTo(Settings.WeightEnum.NUMBER_0_DOT_75);
    assertThat(settings.tone()).isSameAs(Settings.ToneEnum.SOFT);
  }

  @Test
  void arraysAndMapsOfInlineEnumsHoldTheEmittedEnum() {
    Settings settings = decodesAndEncodesBack(SETTINGS, Settings.class);

    assertThat(settings.nums())
        .containsExactly(Settings.NumsEnum.NUMBER_1, Settings.NumsEnum.NUMBER_3);
    assertThat(settings.tags()).containsExactly(Settings.TagsEnum.B, Settings.TagsEnum.A);
    assertThat(settings.byName())
        .isEqualTo(Map.of("x", Settings.InnerEnum.ON, "y", Settings.InnerEnum.OFF));
    assertThat(settings.levels()).containsExactly(Level.NUMBER_3, Level.NUMBER_1);
  }

  @Test
  void integerAndNumberEnumsCarryTheirWireTypes() {
    assertThat(Level.NUMBER_3.value()).isEqualTo(3);
    assertThat(Priority.NUMBER_30.value()).isEqualTo(30L);
    assertThat(Ratio.NUMBER_1.value()).isEqualTo(1.0);
    assertThat(Scale.of(3.0)).isSameAs(Scale.NUMBER_3);
    assertThat(Level.of(1)).isEqualTo(Level.NUMBER_1);
  }

  @Test
  void extensibleIntegerAndNumberEnumsKeepAnUnknownValue() {
    Settings settings =
        decodesAndEncodesBack(json("{'priority':99,'scale':7.25,'tone':'shrill'}"), Settings.class);

    assertThat(settings.priority().isKnown()).isFalse();
    assertThat(settings.priority().known()).isEqualTo(Priority.Known._UNKNOWN);
    assertThat(settings.priority().value()).isEqualTo(99L);
    assertThat(settings.scale().value()).isEqualTo(7.25);
    assertThat(settings.tone().known()).isEqualTo(Settings.ToneEnum.Known._UNKNOWN);
    assertThat(settings.tone().value()).isEqualTo("shrill");
  }

  @Test
  void closedEnumsRejectAValueTheyDoNotList() {
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\"level\":4}", Settings.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("Unknown Level: 4");
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\"size\":9}", Settings.class))
        .hasMessageContaining("Unknown SizeEnum: 9");
  }

  @Test
  void enumParametersAreSentAsTheirWireValues() {
    answer(200, "{}");

    api(EnumsApi.class).getLevel(Level.NUMBER_2, Mode.X_Y, Ratio.NUMBER_2_DOT_5);

    assertThat(request().getMethod().getName()).isEqualTo("GET");
    assertThat(request().getUrl()).isEqualTo("/levels/2?mode=x-y&ratio=2.5");
  }

  @Test
  void aBuiltArrayOfInlineEnumsIsWrittenAsWireValues() {
    Settings settings =
        Settings.builder()
            .nums(List.of(Settings.NumsEnum.NUMBER_2))
            .size(Settings.SizeEnum.NUMBER_1)
            .build();

    assertThat(RoundTrip.written(settings)).isEqualTo(RoundTrip.tree("{\"size\":1,\"nums\":[2]}"));
  }
}
