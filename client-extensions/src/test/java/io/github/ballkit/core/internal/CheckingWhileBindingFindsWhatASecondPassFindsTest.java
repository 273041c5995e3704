package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decoder checks required properties on the tokens the binding reads ({@link CheckingParser})
 * instead of in a second pass ({@link MissingProperties}): for bodies with properties missing at
 * every kind of place (the root, a list, a map, a list in a map, past a skipped value), both name
 * the same paths, and the value bound through the checking parser is the one bound from the bytes.
 */
class CheckingWhileBindingFindsWhatASecondPassFindsTest {
  private static final ObjectMapper JSON = Json.shared();
  private static final TypeFactory TYPES = JSON.getTypeFactory();

  static Stream<Arguments> bodies() {
    JavaType page = TYPES.constructType(ReplayPage.class);
    JavaType replay = TYPES.constructType(Replay.class);
    JavaType mapOfLists =
        TYPES.constructMapType(
            Map.class,
            TYPES.constructType(String.class),
            TYPES.constructCollectionType(List.class, ReplaySummary.class));
    JavaType listOfMaps =
        TYPES.constructCollectionType(
            List.class, TYPES.constructMapType(Map.class, String.class, ReplaySummary.class));
    return Stream.of(
        Arguments.of(replay, "{\"id\":\"r\",\"status\":\"ok\"}"),
        Arguments.of(replay, "{\"title\":\"neither\"}"),
        Arguments.of(replay, "{\"id\":\"r\",\"extra\":{\"status\":1,\"deep\":[{\"id\":2}]}}"),
        Arguments.of(replay, "{\"groups\":[{\"name\":\"g\"}],\"blue\":{\"players\":[{}]}}"),
        Arguments.of(replay, "null"),
        Arguments.of(page, "{\"list\":[]}"),
        Arguments.of(page, "{}"),
        Arguments.of(page, "{\"list\":[{\"id\":\"a\"},{\"title\":\"no id\"},{\"id\":\"c\"}]}"),
        Arguments.of(page, "{\"next\":null,\"list\":[{},{},{}],\"count\":3}"),
        Arguments.of(
            page, "{\"ignored\":[[{\"x\":{}}]],\"list\":[{\"id\":\"a\",\"u\":[1,{\"id\":2}]},{}]}"),
        Arguments.of(mapOfLists, "{\"a\":[{\"id\":\"1\"},{}],\"b\":[],\"c\":[{}]}"),
        Arguments.of(listOfMaps, "[{\"x\":{\"id\":\"1\"},\"y\":{}},{},{\"z\":{\"title\":\"t\"}}]"),
        Arguments.of(listOfMaps, "[" + "{\"k\":{}},".repeat(20) + "{}]"));
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void bothNameTheSamePathsAndBindTheSameValue(JavaType type, String text) throws Exception {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    Object bound;
    CheckingParser parser = new CheckingParser(JSON.getFactory().createParser(body), type);
    try (parser) {
      bound = JSON.readValue(parser, type);
    }

    assertThat(parser.complete()).as("the binding read the whole value").isTrue();
    assertThat(parser.missing())
        .as(text)
        .isEqualTo(MissingProperties.in(JSON.getFactory(), body, type));
    assertThat(JSON.writeValueAsString(bound))
        .isEqualTo(JSON.writeValueAsString(JSON.readValue(body, type)));
  }
}
