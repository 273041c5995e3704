package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real captured bodies (the shared fixtures) used as stub bodies: each must pass the same strict
 * registration check as any stub, which also keeps the spec honest about the real API.
 */
class SharedFixturesAsStubsTest {
  private static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures");

  @RegisterExtension static BallkitMock<String> ballchasing = BallkitMock.of(Api.BALLCHASING);
  @RegisterExtension static BallkitMock<String> ballistica = BallkitMock.of(Api.BALLISTICA);

  @ParameterizedTest(name = "{0} as {1} {2}")
  @CsvSource({
    "ballchasing/replay.json, getReplay, 200",
    "ballchasing/replay-training.json, getReplay, 200",
    "ballchasing/replay-list.json, listReplays, 200",
    "ballchasing/replay-summary-training.json, listReplays, 200",
    "ballchasing/replay-summary-w-bot.json, listReplays, 200",
    "ballchasing/replay-summary-wo-duration.json, listReplays, 200",
    "ballchasing/replay-summary-wo-player-name.json, listReplays, 200",
    "ballchasing/group.json, getGroup, 200",
    "ballchasing/group-wo-players.json, getGroup, 200",
    "ballchasing/group-list.json, listGroups, 200",
    "ballistica/account.json, getAccount, 200",
    "ballistica/workspace.json, getWorkspace, 200",
    "ballistica/workspaces.json, listWorkspaces, 200",
    "ballistica/workspace-files.json, listWorkspaceFiles, 200",
    "ballistica/error-not-found.json, getWorkspace, 404"
  })
  void aCapturedBodyIsAValidStub(String fixture, String operationId, int status)
      throws IOException {
    Path file = FIXTURES.resolve(fixture);
    assumeTrue(Files.exists(file), "shared fixtures not present at " + file.toAbsolutePath());
    String body = Files.readString(file);
    if (fixture.contains("replay-summary-")) {
      body = "{\"list\":[" + body + "]}";
    }
    BallkitMock<String> mock = fixture.startsWith("ballchasing") ? ballchasing : ballistica;
    String json = body;

    assertThatCode(() -> mock.stubFor(mock.stubs().operation(operationId).status(status, json)))
        .doesNotThrowAnyException();
  }
}
