package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.DuplicateReplayException;
import io.github.ballkit.ballchasing.api.GroupsApi;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.ballchasing.model.ReplayUpdate;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.NotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ballchasing flows users run, through the real client against the emulator. */
class BallchasingEmulatorThroughTheClientTest {
  private final TestClock clock = TestClock.fixed();
  private BallchasingEmulator emulator;
  private BallchasingClient client;

  @BeforeEach
  void start() {
    emulator =
        BallchasingEmulator.builder()
            .clock(clock)
            .tier("gc")
            .processingDelay(Duration.ofSeconds(5))
            .start();
    client =
        BallchasingClient.builder()
            .token("client-token")
            .baseUrl(emulator.baseUrl())
            .clock(clock)
            .sleeper(clock::advance)
            .build();
  }

  @AfterEach
  void stop() {
    emulator.assertNoViolations();
    emulator.close();
  }

  private static byte[] bytes(String seed) {
    return ("replay " + seed).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void uploadThenWaitForProcessing() {
    String id = client.upload("game.replay", bytes("one"), Visibility.PUBLIC, null).id();

    assertThat(client.replays().getReplay(id).status()).isEqualTo(ReplayStatus.PENDING);
    clock.advance(Duration.ofSeconds(6));
    var replay = client.replays().getReplay(id);
    assertThat(replay.status()).isEqualTo(ReplayStatus.OK);
    assertThat(replay.title()).isEqualTo("game");
    assertThat(replay.blue().players()).isNotEmpty();
  }

  @Test
  void aDuplicateUploadNamesTheExistingReplay(@TempDir Path dir) throws Exception {
    String id = client.upload("a.replay", bytes("dup"), Visibility.PUBLIC, null).id();
    Path file = Files.write(dir.resolve("b.replay"), bytes("dup"));

    assertThatThrownBy(() -> client.upload("b.replay", bytes("dup"), Visibility.PUBLIC, null))
        .isInstanceOf(DuplicateReplayException.class)
        .satisfies(e -> assertThat(((DuplicateReplayException) e).id()).isEqualTo(id));
    assertThat(client.uploadOrGetExisting(file, Visibility.PUBLIC, null)).isEqualTo(id);
  }

  @Test
  void listAllReplaysFollowsTheCursorWithTheFilters() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofSeconds(1));
      ids.add(client.upload("p" + i + ".replay", bytes("page" + i), Visibility.PUBLIC, null).id());
    }
    clock.advance(Duration.ofSeconds(10));
    BallchasingClient other = client.newBuilder().token("other-token").build();
    other.upload("noise.replay", bytes("noise"), Visibility.PUBLIC, null);
    clock.advance(Duration.ofSeconds(10));

    List<String> listed =
        client
            .listAllReplays(ReplaysApi.ReplayQuery.builder().uploader("me").count(2).build())
            .map(r -> r.id())
            .toList();

    assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void changeDownloadAndDeleteAReplay() throws Exception {
    String id = client.upload("c.replay", bytes("change"), Visibility.PUBLIC, null).id();
    clock.advance(Duration.ofSeconds(6));

    client.replays().updateReplay(id, ReplayUpdate.builder().title("Renamed").build());
    assertThat(client.replays().getReplay(id).title()).isEqualTo("Renamed");
    try (InputStream in = client.download(id)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes("change"));
    }
    client.replays().deleteReplay(id);
    assertThatThrownBy(() -> client.replays().getReplay(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void groupsWithParents() {
    var parent =
        client
            .groups()
            .createGroup(
                GroupCreate.builder()
                    .name("League")
                    .playerIdentification(PlayerIdentification.BY_ID)
                    .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                    .build());
    var child =
        client
            .groups()
            .createGroup(
                GroupCreate.builder()
                    .name("Week 1")
                    .parent(parent.id())
                    .playerIdentification(PlayerIdentification.BY_ID)
                    .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                    .build());

    var children =
        client.groups().listGroups(GroupsApi.GroupQuery.builder().group(parent.id()).build());
    assertThat(children.list()).extracting(g -> g.id()).containsExactly(child.id());
    assertThat(client.groups().getGroup(child.id()).name()).isEqualTo("Week 1");

    client.groups().deleteGroup(parent.id());
    assertThatThrownBy(() -> client.groups().getGroup(child.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void pingAndMaps() {
    assertThat(client.ping().type().value()).isEqualTo("gc");
    assertThat(client.misc().listMaps()).containsKey("stadium_p");
  }

  @Test
  void aRegularUserOverTheLimitIsToldToWaitAndTheClientWaitsOnTheClock() {
    List<Duration> sleeps = new ArrayList<>();
    try (BallchasingEmulator regular = BallchasingEmulator.builder().clock(clock).start()) {
      BallchasingClient eager =
          BallchasingClient.builder()
              .token("eager")
              .baseUrl(regular.baseUrl())
              .noRateLimits()
              .clock(clock)
              .sleeper(
                  d -> {
                    sleeps.add(d);
                    clock.advance(d);
                  })
              .build();
      String missing = "00000000-0000-0000-0000-000000000000";

      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> eager.replays().getReplay(missing))
            .isInstanceOf(NotFoundException.class);
      }

      assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
      regular.assertNoViolations();
    }
  }
}
