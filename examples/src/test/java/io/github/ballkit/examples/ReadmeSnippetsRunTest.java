package io.github.ballkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.UploadOutcome;
import io.github.ballkit.core.ApiResponse;
import io.github.ballkit.examples.readme.ReadmeSnippets;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's snippets against the emulators. */
class ReadmeSnippetsRunTest {
  private static BallchasingEmulator ballchasing;
  private static BallisticaEmulator ballistica;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    ballchasing = BallchasingEmulator.builder().processingDelay(Duration.ZERO).start();
    ballistica = BallisticaEmulator.start();
  }

  @AfterAll
  static void stop() {
    ballchasing.assertNoViolations();
    ballistica.assertNoViolations();
    ballchasing.close();
    ballistica.close();
  }

  private Path replay(String name, int seed) throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(seed).nextBytes(bytes);
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void quickStartsRun() throws Exception {
    assertThat(ReadmeSnippets.ballchasingQuickStart(ballchasing.baseUrl(), replay("a.replay", 1)))
        .isNotNull();
    Path plugin = Files.writeString(dir.resolve("plugin.py"), "print('hi')\n");
    UploadOutcome outcome = ReadmeSnippets.ballisticaQuickStart(ballistica.baseUrl(), plugin);
    assertThat(outcome.transferred()).isTrue();
  }

  @Test
  void modelsRun() throws Exception {
    BallchasingClient client =
        BallchasingClient.builder().token("models").baseUrl(ballchasing.baseUrl()).build();
    String id = client.upload(replay("model.replay", 7), null, null).id();

    List<String> out = ReadmeSnippets.models(client, id, "parent-1");

    assertThat(out.subList(0, 2)).containsExactly("Division 2", "parent-1");
    assertThat(out.get(2)).isNotBlank();
    assertThat(out.get(3)).isEqualTo("null");
  }

  @Test
  void paginationRuns() throws Exception {
    BallchasingClient client =
        BallchasingClient.builder().token("pager").baseUrl(ballchasing.baseUrl()).build();
    for (int i = 0; i < 4; i++) {
      client.upload(replay("page" + i + ".replay", 10 + i), null, null);
    }

    assertThat(ReadmeSnippets.pagination(client)).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void configurationErrorsRawResponsesAndDownloadsRun() throws Exception {
    BallchasingClient client = ReadmeSnippets.configuration(ballchasing.baseUrl());
    Path file = replay("b.replay", 2);
    String id = ReadmeSnippets.errors(client, file);
    assertThat(ReadmeSnippets.errors(client, file)).isEqualTo(id);

    ApiResponse<Replay> response = ReadmeSnippets.rawResponse(client, id);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.operation()).isEqualTo("getReplay");

    BallisticaClient files =
        BallisticaClient.builder().token("t").baseUrl(ballistica.baseUrl()).build();
    String workspace =
        files
            .workspaces()
            .createWorkspace(
                io.github.ballkit.ballistica.model.WorkspaceCreate.builder().name("w").build())
            .id();
    files.upload(workspace, "mymod/plugin.py", Files.writeString(dir.resolve("p.py"), "x = 1\n"));
    assertThat(ReadmeSnippets.downloads(client, files, id, workspace, dir)).isEqualTo(4096);
  }

  @Test
  void groupTreesStatsProgressAsyncAndHooksRun() throws Exception {
    BallchasingClient client =
        BallchasingClient.builder().token("trees").baseUrl(ballchasing.baseUrl()).build();
    String league =
        client
            .groups()
            .createGroup(
                io.github.ballkit.ballchasing.model.GroupCreate.builder()
                    .name("League")
                    .playerIdentification(
                        io.github.ballkit.ballchasing.model.PlayerIdentification.BY_ID)
                    .teamIdentification(
                        io.github.ballkit.ballchasing.model.TeamIdentification.BY_DISTINCT_PLAYERS)
                    .build())
            .id();
    String first = client.upload(replay("league.replay", 30), null, league).id();
    String second = client.upload(replay("other.replay", 31), null, null).id();

    List<io.github.ballkit.ballchasing.JobReport> reports =
        ReadmeSnippets.groupTrees(client, league, dir.resolve("league"));
    long rows = ReadmeSnippets.statsExport(client, league, dir.resolve("players.csv"));
    Path downloaded = ReadmeSnippets.progress(client, second, dir, replay("progress.replay", 32));
    List<Replay> both = ReadmeSnippets.async(client, List.of(first, second));
    io.micrometer.core.instrument.simple.SimpleMeterRegistry registry =
        new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    BallchasingClient measured = ReadmeSnippets.eventHooks(ballchasing.baseUrl(), registry);
    measured.ping();

    assertThat(reports.get(0).items())
        .singleElement()
        .satisfies(item -> assertThat(item.replayId()).isEqualTo(first));
    assertThat(reports.get(1).items(io.github.ballkit.ballchasing.JobItem.Outcome.DUPLICATE))
        .hasSize(1);
    assertThat(rows).isPositive();
    assertThat(downloaded).hasSize(4096);
    assertThat(both).extracting(Replay::id).containsExactly(first, second);
    assertThat(registry.get(io.github.ballkit.micrometer.BallkitMetrics.CALLS).timer().count())
        .isEqualTo(1);
  }
}
