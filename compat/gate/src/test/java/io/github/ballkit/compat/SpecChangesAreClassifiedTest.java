package io.github.ballkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec diff judges the changes a maintainer makes as a caller of the generated client would:
 * each test edits the real ballchasing spec the way a maintainer would and reads the verdict.
 */
class SpecChangesAreClassifiedTest {
  private static final Path SPEC = Path.of("../../spec/ballchasing.yaml");

  @TempDir Path dir;

  private List<Change> diff(UnaryOperator<String> edit) throws IOException {
    String spec = Files.readString(SPEC);
    String edited = edit.apply(spec);
    assertThat(edited).as("the edit applies").isNotEqualTo(spec);
    Path current = Files.writeString(dir.resolve("current.yaml"), edited);
    return SpecDiff.compare("ballchasing", SPEC, current);
  }

  private static String replace(String spec, String old, String now) {
    assertThat(spec).contains(old);
    return spec.replace(old, now);
  }

  @Test
  void anUnchangedSpecHasNoChanges() throws IOException {
    Path copy = Files.copy(SPEC, dir.resolve("same.yaml"));
    assertThat(SpecDiff.compare("ballchasing", SPEC, copy)).isEmpty();
  }

  @Test
  void anOptionalResponsePropertyIsCompatible() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "        duration:\n          type: integer\n",
                    "        replay_rating:\n          type: number\n"
                        + "        duration:\n          type: integer\n"));

    assertThat(changes).isNotEmpty().noneMatch(Change::breaking);
    assertThat(changes).anyMatch(c -> c.what().equals("added property replay_rating"));
  }

  @Test
  void aNewValueOfAnExtensibleEnumIsCompatible() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "        - unranked-duels\n",
                    "        - unranked-duels\n        - knockout-bash\n"));

    assertThat(changes).isNotEmpty().noneMatch(Change::breaking);
    assertThat(changes)
        .anyMatch(c -> c.what().contains("added value knockout-bash (extensible enum)"));
  }

  @Test
  void anOptionalQueryParameterOfAQueryObjectOperationIsCompatible() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "        - name: title\n          in: query\n",
                    "        - name: arena\n          in: query\n          required: false\n"
                        + "          schema:\n            type: string\n"
                        + "        - name: title\n          in: query\n"));

    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.breaking()).isFalse();
              assertThat(c.what()).contains("optional query parameter arena to listReplays");
            });
  }

  @Test
  void removingAnOptionalResponsePropertyBreaksCallers() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "        quota:\n          type: object\n",
                    "        quota_gone:\n          type: object\n"));

    assertThat(changes)
        .anySatisfy(
            c -> {
              assertThat(c.breaking()).isTrue();
              assertThat(c.what()).isEqualTo("removed property quota");
              assertThat(c.why()).contains("accessor");
              assertThat(c.todo()).contains("deprecate");
            });
  }

  @Test
  void changingAPropertysTypeBreaksCallers() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "        duration:\n          type: integer\n",
                    "        duration:\n          type: number\n"));

    assertThat(changes)
        .anySatisfy(
            c -> {
              assertThat(c.breaking()).isTrue();
              assertThat(c.where()).endsWith("duration");
              assertThat(c.what()).isEqualTo("type integer became number");
            });
  }

  @Test
  void renamingARequiredPropertyBreaksCallers() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "      required: [id, status]\n      properties:\n        id:\n",
                    "      required: [replay_id, status]\n      properties:\n        replay_id:\n"));

    assertThat(changes)
        .anyMatch(c -> c.breaking() && c.what().equals("removed property id"))
        .anyMatch(c -> c.what().equals("added property replay_id"));
  }

  @Test
  void removingAnOperationBreaksCallers() throws IOException {
    List<Change> changes =
        diff(
                spec ->
                    replace(
                        spec,
                        "operationId: listMaps",
                        "operationId: listMaps\n      deprecated: true"))
            .stream()
            .toList();
    assertThat(changes).noneMatch(Change::breaking);

    String spec = Files.readString(SPEC);
    int start = spec.indexOf("\n  /maps:");
    int end = spec.indexOf("\n  /", start + 1);
    Path current =
        Files.writeString(
            dir.resolve("no-maps.yaml"), spec.substring(0, start) + spec.substring(end));
    assertThat(SpecDiff.compare("ballchasing", SPEC, current))
        .anySatisfy(
            c -> {
              assertThat(c.breaking()).isTrue();
              assertThat(c.where()).isEqualTo("listMaps");
              assertThat(c.what()).startsWith("removed operation listMaps");
            });
  }

  @Test
  void anAddedOperationIsCompatible() throws IOException {
    List<Change> changes =
        diff(
            spec ->
                replace(
                    spec,
                    "\n  /maps:",
                    "\n  /arenas:\n    get:\n      tags: [Misc]\n      operationId: listArenas\n"
                        + "      summary: List arenas\n      responses:\n        \"204\":\n"
                        + "          description: none\n  /maps:"));

    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.breaking()).isFalse();
              assertThat(c.what()).startsWith("added operation listArenas");
            });
  }
}
