package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ballkit.ballchasing.model.Group;
import io.github.ballkit.ballchasing.model.GroupPage;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.ErrorResponse;
import io.github.ballkit.ballistica.model.WorkspaceFilesResponse;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.ballistica.model.WorkspacesResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared response fixtures (real ballchasing.com captures, Ballistica bodies written by its own
 * serializer) are valid for the spec and survive a trip through the generated model.
 *
 * <p>The folder is {@code ../shared/fixtures} next to the repository root, or the one named by the
 * system property {@code ballkit.fixtures}. Without it (a plain clone) the tests are skipped.
 */
class FixturesMatchSpecTest {

  private static final String FIXTURES_PROPERTY = "ballkit.fixtures";
  private static final String SOME_REPLAY = "/replays/00000000-0000-4000-8000-000000000000";
  private static final String SOME_GROUP = "/groups/some-group-a1b2c3d4e5";
  private static final String SOME_WORKSPACE = "/api/v1/workspaces/ws-4f9c1b2e";

  /**
   * Which endpoint each fixture file answers, after {@code /work/shared/fixtures/README.md}.
   *
   * @param file the file, relative to the fixtures folder
   * @param spec the API
   * @param path a concrete request path of the endpoint (always a GET)
   * @param status the HTTP status the body answers with
   * @param model the generated type the body decodes into
   * @param replayPageItem the file is one item of a {@code GET /replays} page: it is validated
   *     wrapped as {@code {"list":[item]}}
   */
  record Fixture(
      String file, Specs spec, String path, int status, Class<?> model, boolean replayPageItem) {

    @Override
    public String toString() {
      return file + " as " + status + " of GET " + path + " -> " + model.getSimpleName();
    }
  }

  private static final List<Fixture> FIXTURES =
      List.of(
          ballchasing("replay.json", SOME_REPLAY, Replay.class),
          ballchasing("replay-training.json", SOME_REPLAY, Replay.class),
          ballchasing("replay-list.json", "/replays", ReplayPage.class),
          replayPageItem("replay-summary-training.json"),
          replayPageItem("replay-summary-w-bot.json"),
          replayPageItem("replay-summary-wo-duration.json"),
          replayPageItem("replay-summary-wo-player-name.json"),
          ballchasing("group.json", SOME_GROUP, Group.class),
          ballchasing("group-wo-players.json", SOME_GROUP, Group.class),
          ballchasing("group-list.json", "/groups", GroupPage.class),
          ballistica("account.json", "/api/v1/accounts/a-42", 200, AccountResponse.class),
          ballistica("workspace.json", SOME_WORKSPACE, 200, WorkspaceResponse.class),
          ballistica("workspaces.json", "/api/v1/workspaces", 200, WorkspacesResponse.class),
          ballistica(
              "workspace-files.json", SOME_WORKSPACE + "/files", 200, WorkspaceFilesResponse.class),
          ballistica("error-not-found.json", SOME_WORKSPACE, 404, ErrorResponse.class));

  private static Fixture ballchasing(String file, String path, Class<?> model) {
    return new Fixture("ballchasing/" + file, Specs.BALLCHASING, path, 200, model, false);
  }

  private static Fixture replayPageItem(String file) {
    return new Fixture(
        "ballchasing/" + file, Specs.BALLCHASING, "/replays", 200, ReplaySummary.class, true);
  }

  private static Fixture ballistica(String file, String path, int status, Class<?> model) {
    return new Fixture("ballistica/" + file, Specs.BALLISTICA, path, status, model, false);
  }

  static Stream<Fixture> fixtures() {
    return FIXTURES.stream();
  }

  /** The fixtures folder; skips the calling test when it is not there. */
  private static Path fixturesDirOrSkip() {
    String configured = System.getProperty(FIXTURES_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured).toAbsolutePath().normalize();
      assertThat(dir)
          .as("-D%s names a folder that does not exist", FIXTURES_PROPERTY)
          .isDirectory();
      return dir;
    }
    Path moduleDir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path dir = moduleDir.resolve("../../shared/fixtures").normalize();
    assumeTrue(
        Files.isDirectory(dir),
        () ->
            "Skipped: no shared fixtures folder at "
                + dir
                + " (CI provides it; elsewhere pass -D"
                + FIXTURES_PROPERTY
                + "=<folder>)");
    return dir;
  }

  private static String read(Fixture fixture) throws IOException {
    return Files.readString(fixturesDirOrSkip().resolve(fixture.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureIsValidForTheSpecSchemaOfItsEndpoint(Fixture fixture) throws IOException {
    String body = read(fixture);
    if (fixture.replayPageItem()) {
      ObjectNode page = TestJson.MAPPER.createObjectNode();
      page.putArray("list").add(TestJson.MAPPER.readTree(body));
      body = TestJson.MAPPER.writeValueAsString(page);
    }

    ValidationReport report =
        fixture.spec().validateGetResponse(fixture.path(), fixture.status(), body);

    assertThat(report.hasErrors())
        .as("%s does not match %s:%n%s", fixture.file(), fixture.spec(), Specs.describe(report))
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureKeepsEveryFieldThroughTheGeneratedModel(Fixture fixture) throws IOException {
    String body = read(fixture);
    JsonNode original = TestJson.MAPPER.readTree(body);

    Object decoded = TestJson.MAPPER.readValue(body, fixture.model());
    JsonNode reEncoded = TestJson.MAPPER.readTree(TestJson.MAPPER.writeValueAsString(decoded));

    assertThat(JsonTrees.differences(original, reEncoded))
        .as("%s through %s", fixture.file(), fixture.model().getName())
        .isEmpty();
  }

  @Test
  void everyMappedFixtureExists() {
    Path dir = fixturesDirOrSkip();

    assertThat(FIXTURES).allSatisfy(f -> assertThat(dir.resolve(f.file())).isRegularFile());
  }

  @Test
  void fixtureFolderHoldsNoJsonFileTheMapDoesNotCover() throws IOException {
    Path dir = fixturesDirOrSkip();
    Set<String> present;
    try (Stream<Path> files = Files.walk(dir)) {
      present =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> mapped = FIXTURES.stream().map(Fixture::file).collect(Collectors.toSet());

    assertThat(present)
        .as("fixtures no test covers: add them to FixturesMatchSpecTest.FIXTURES")
        .allSatisfy(file -> assertThat(mapped).contains(file));
  }
}
