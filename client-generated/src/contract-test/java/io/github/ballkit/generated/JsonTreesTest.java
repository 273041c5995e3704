package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison behind {@link FixturesMatchSpecTest} catches what it has to. */
class JsonTreesTest {

  private static List<String> differences(String expected, String actual)
      throws JsonProcessingException {
    return JsonTrees.differences(
        TestJson.MAPPER.readTree(expected), TestJson.MAPPER.readTree(actual));
  }

  @Test
  void numbersCompareByValue() throws JsonProcessingException {
    assertThat(differences("{\"a\":139,\"b\":0.5}", "{\"a\":139.0,\"b\":0.50}")).isEmpty();
  }

  @Test
  void dateTimesCompareAsOffsetDateTimes() throws JsonProcessingException {
    assertThat(
            differences(
                "{\"t\":\"2026-05-02T09:30:15.250000Z\",\"u\":\"2024-12-11T21:34:00-06:00\"}",
                "{\"t\":\"2026-05-02T09:30:15.25Z\",\"u\":\"2024-12-11T21:34-06:00\"}"))
        .isEmpty();
  }

  @Test
  void aDateTimeMovedToAnotherOffsetIsAChange() throws JsonProcessingException {
    assertThat(
            differences(
                "{\"u\":\"2024-12-11T21:34:00-06:00\"}", "{\"u\":\"2024-12-12T03:34:00Z\"}"))
        .containsExactly("/u: changed \"2024-12-11T21:34:00-06:00\" -> \"2024-12-12T03:34:00Z\"");
  }

  @Test
  void aDroppedKeyIsReported() throws JsonProcessingException {
    assertThat(differences("{\"a\":{\"b\":1,\"c\":null}}", "{\"a\":{\"b\":1}}"))
        .containsExactly("/a/c: dropped (was null)");
  }

  @Test
  void anAddedKeyIsReported() throws JsonProcessingException {
    assertThat(differences("{\"a\":[{}]}", "{\"a\":[{\"x\":false}]}"))
        .containsExactly("/a/0/x: added (false)");
  }

  @Test
  void aChangedValueIsReported() throws JsonProcessingException {
    assertThat(differences("{\"a\":\"1\",\"b\":1.5,\"c\":true}", "{\"a\":1,\"b\":1,\"c\":true}"))
        .containsExactly("/a: changed \"1\" -> 1", "/b: changed 1.5 -> 1");
  }

  @Test
  void aShorterArrayIsReported() throws JsonProcessingException {
    assertThat(differences("[1,2]", "[1]")).containsExactly("/: array of 2 became 1 items");
  }
}
