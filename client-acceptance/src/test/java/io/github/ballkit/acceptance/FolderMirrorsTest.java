package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.JobItem;
import io.github.ballkit.ballchasing.JobItem.Outcome;
import io.github.ballkit.ballchasing.JobListener;
import io.github.ballkit.ballchasing.JobReport;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.Transfer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder tree uploads as nested groups, incrementally with the state read from the server, and a
 * group tree downloads into a folder that mirrors it, resumably.
 */
class FolderMirrorsTest {
  private final Emulated emulated = new Emulated();
  private BallchasingClient client;
  private String league;
  @TempDir Path local;
  @TempDir Path mirror;

  @BeforeEach
  void client() {
    client = emulated.client().build();
    league = emulated.group(client, "League", null);
  }

  @AfterEach
  void close() {
    emulated.close();
  }

  private void folderTree() throws Exception {
    Emulated.replay(local, "final.replay", 1);
    Emulated.replay(local.resolve("Week 1"), "w1-a.replay", 2);
    Emulated.replay(local.resolve("Week 1"), "w1-b.replay", 3);
    Emulated.replay(local.resolve("Week 1/Day 2"), "d2.replay", 4);
    Files.createDirectories(local.resolve("notes")); // no replays: no group
    Files.writeString(local.resolve("notes/readme.txt"), "not a replay");
  }

  private List<String> idsIn(String group) {
    return client
        .listAllReplays(ReplayQuery.builder().group(group).build())
        .map(ReplaySummary::id)
        .toList();
  }

  @Test
  void aFolderTreeBecomesNestedGroups() throws Exception {
    folderTree();

    JobReport report = GroupTree.of(client, league).uploadFrom(local, Visibility.PRIVATE, null);

    Map<Path, String> groups = report.groups();
    assertThat(groups.keySet())
        .containsExactly(local, local.resolve("Week 1"), local.resolve("Week 1/Day 2"));
    assertThat(report.createdGroups()).hasSize(2);
    assertThat(report.items()).extracting(JobItem::outcome).containsOnly(Outcome.UPLOADED);
    assertThat(idsIn(league)).hasSize(1);
    assertThat(idsIn(groups.get(local.resolve("Week 1")))).hasSize(2);
    assertThat(idsIn(groups.get(local.resolve("Week 1/Day 2")))).hasSize(1);
    assertThat(GroupTree.of(client, league).groups().map(g -> String.join("/", g.path())))
        .containsExactly("", "Week 1", "Week 1/Day 2");
  }

  @Test
  void uploadingAgainReusesTheGroupsAndRecognisesDuplicatesByTheServersId() throws Exception {
    folderTree();
    String existingWeek1 = emulated.group(client, "Week 1", league); // already on the server
    JobReport first = GroupTree.of(client, league).uploadFrom(local, null, null);
    Emulated.replay(local.resolve("Week 1/Day 2"), "d2-late.replay", 5);

    JobReport second = GroupTree.of(client, league).uploadFrom(local, null, null);

    assertThat(first.groups().get(local.resolve("Week 1"))).isEqualTo(existingWeek1);
    assertThat(first.createdGroups()).hasSize(1); // only Day 2
    assertThat(second.createdGroups()).isEmpty();
    assertThat(second.groups()).isEqualTo(first.groups());
    assertThat(second.items(Outcome.DUPLICATE))
        .extracting(JobItem::replayId)
        .containsExactlyElementsOf(first.items().stream().map(JobItem::replayId).toList());
    assertThat(second.items(Outcome.UPLOADED))
        .singleElement()
        .satisfies(item -> assertThat(item.file().getFileName()).hasToString("d2-late.replay"));
  }

  @Test
  void aFileTheServerRefusesIsReportedAndTheJobGoesOn() throws Exception {
    Emulated.replay(local, "LOUD.REPLAY", 6); // the emulator wants a lowercase .replay name
    Emulated.replay(local, "fine.replay", 7);

    JobReport report = GroupTree.of(client, league).uploadFrom(local, null, null);

    assertThat(report.items())
        .extracting(JobItem::outcome)
        .containsExactly(Outcome.FAILED, Outcome.UPLOADED);
    assertThat(report.items().get(0).failure()).isPresent();
  }

  @Test
  void aGroupTreeDownloadsIntoAMirroringFolderAndResumes() throws Exception {
    folderTree();
    GroupTree tree = GroupTree.of(client, league);
    tree.uploadFrom(local, null, null);

    JobReport first = tree.downloadTo(mirror, null);
    Path week1 = mirror.resolve("Week 1");
    assertThat(first.items())
        .hasSize(4)
        .extracting(JobItem::outcome)
        .containsOnly(Outcome.DOWNLOADED);
    assertThat(first.items()).allSatisfy(item -> assertThat(item.file()).exists());
    try (var files = Files.list(week1.resolve("Day 2"))) {
      assertThat(files).hasSize(1);
    }

    JobItem truncated = first.items().get(1);
    Files.write(truncated.file(), new byte[] {1, 2, 3});
    Files.delete(first.items().get(3).file());
    List<String> moved = new CopyOnWriteArrayList<>();
    JobListener listener =
        new JobListener() {
          @Override
          public void itemDone(JobItem item, int done, int total) {}

          @Override
          public void finished(Transfer transfer, long bytes) {
            moved.add(transfer.name());
          }
        };
    JobReport second = tree.downloadTo(mirror, listener);

    assertThat(second.items(Outcome.SKIPPED)).hasSize(2);
    assertThat(second.items(Outcome.DOWNLOADED))
        .extracting(JobItem::replayId)
        .containsExactlyInAnyOrder(truncated.replayId(), first.items().get(3).replayId());
    assertThat(moved)
        .containsExactlyInAnyOrder(truncated.replayId(), first.items().get(3).replayId());
    assertThat(Files.size(truncated.file())).isEqualTo(first.items().get(1).bytes());
  }

  @Test
  void theOverallProgressCountsEveryFile() throws Exception {
    folderTree();
    List<String> progress = new CopyOnWriteArrayList<>();

    GroupTree.of(client, league)
        .uploadFrom(local, null, (item, done, total) -> progress.add(done + "/" + total));

    assertThat(progress).containsExactly("1/4", "2/4", "3/4", "4/4");
  }
}
