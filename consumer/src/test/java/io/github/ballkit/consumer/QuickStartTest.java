package io.github.ballkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.UploadOutcome;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README.md's two "in a minute" snippets, copied as they are, run against the testkit's emulators. */
class QuickStartTest {
  @TempDir Path dir;

  @Test
  void ballchasingInAMinute() throws IOException {
    try (BallchasingEmulator emulator = BallchasingEmulator.start()) {
      String baseUrl = emulator.baseUrl();
      Path replayFile = Files.write(dir.resolve("game.replay"), new byte[] {1, 2, 3});
      // tag::readme[]
      BallchasingClient client =
          BallchasingClient.builder()
              .token(System.getenv().getOrDefault("BALLCHASING_API_KEY", "demo-token"))
              .baseUrl(baseUrl) // leave out for https://ballchasing.com/api
              .tier(PatronTier.REGULAR) // the rate limits to keep to, from the spec
              .build();

      String id = client.uploadOrGetExisting(replayFile, Visibility.PRIVATE, null);
      Replay replay = client.replays().getReplay(id);
      System.out.println(replay.status() + " " + replay.title());

      List<String> titles =
          client
              .listAllReplays(
                  ReplayQuery.builder()
                      .playerName("Quixtic")
                      .playlist(Playlist.RANKED_DOUBLES)
                      .createdAfter(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
                      .build())
              .limit(100)
              .map(ReplaySummary::replayTitle)
              .toList();
      // end::readme[]
      assertThat(replay.id()).isEqualTo(id);
      assertThat(titles).isEmpty(); // the emulator has no replay of that player
      client.close();
      emulator.assertNoViolations();
    }
  }

  @Test
  void ballisticaInAMinute() throws IOException {
    try (BallisticaEmulator emulator = BallisticaEmulator.start()) {
      String baseUrl = emulator.baseUrl();
      Path pluginFile = Files.writeString(dir.resolve("plugin.py"), "print('hello')\n");
      // tag::readme[]
      BallisticaClient client =
          BallisticaClient.builder()
              .token(System.getenv().getOrDefault("BALLISTICA_API_KEY", "demo-token"))
              .baseUrl(baseUrl) // leave out for https://www.ballistica.net
              .build();

      AccountResponse me = client.me();
      WorkspaceResponse workspace =
          client.workspaces().createWorkspace(WorkspaceCreate.builder().name("My Mod").build());
      UploadOutcome outcome = client.upload(workspace.id(), "mymod/plugin.py", pluginFile);
      System.out.println(
          me.tag() + " uploaded " + outcome.size() + " bytes: " + outcome.transferred());
      // end::readme[]
      assertThat(outcome.size()).isEqualTo(Files.size(pluginFile));
      assertThat(workspace.name()).isEqualTo("My Mod");
      client.close();
      emulator.assertNoViolations();
    }
  }
}
