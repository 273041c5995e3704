package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.GroupNode;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.core.NotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group tree is walked depth first, fetched only as far as it is consumed, within the limits. */
class GroupTreeWalksLazilyTest {
  private final Emulated emulated = new Emulated();
  private final RecordedEvents events = new RecordedEvents();
  private BallchasingClient client;
  private String league;
  private String week1;
  private String day1;
  private String week2;
  @TempDir Path dir;

  @BeforeEach
  void tree() {
    client = emulated.client().eventListener(events).build();
    league = emulated.group(client, "League", null);
    week2 = emulated.group(client, "Week 2", league);
    week1 = emulated.group(client, "Week 1", league);
    day1 = emulated.group(client, "Day 1", week1);
    emulated.group(client, "Unrelated", null);
    events.lines.clear();
  }

  @AfterEach
  void close() {
    emulated.close();
  }

  @Test
  void walksTheRootThenEachGroupBeforeItsChildrenSiblingsByName() {
    List<GroupNode> groups = GroupTree.of(client, league).groups().toList();

    assertThat(groups).extracting(GroupNode::id).containsExactly(league, week1, day1, week2);
    assertThat(groups)
        .extracting(GroupNode::path)
        .containsExactly(
            List.of(), List.of("Week 1"), List.of("Week 1", "Day 1"), List.of("Week 2"));
    assertThat(groups.get(0).name()).isEqualTo("League");
    assertThat(groups.get(2).parentId()).isEqualTo(week1);
  }

  @Test
  void stoppingEarlyListsNoFurtherGroups() {
    List<GroupNode> firstTwo = GroupTree.of(client, league).groups().limit(2).toList();

    assertThat(firstTwo).extracting(GroupNode::id).containsExactly(league, week1);
    assertThat(events.starting("callStart"))
        .containsExactly("callStart getGroup", "callStart listGroups");
  }

  @Test
  void everyListingIsRateLimitedLikeAnyCall() {
    GroupTree.of(client, league).groups().toList(); // 1 get and 4 listings: over 2 per second

    assertThat(events.starting("limiterWait"))
        .isNotEmpty()
        .allMatch(line -> line.contains(" list "));
  }

  @Test
  void replaysOfTheTreeComeAsSummariesOrInFull() throws Exception {
    String a = client.upload(Emulated.replay(dir, "a.replay", 1), null, league).id();
    String b = client.upload(Emulated.replay(dir, "b.replay", 2), null, day1).id();
    String c = client.upload(Emulated.replay(dir, "c.replay", 3), null, week2).id();
    client.upload(Emulated.replay(dir, "elsewhere.replay", 4), null, null);

    GroupTree tree = GroupTree.of(client, league);
    Set<String> summaries =
        tree.replaySummaries().map(ReplaySummary::id).collect(Collectors.toSet());
    List<Replay> full = tree.replays().toList();

    assertThat(summaries).containsExactlyInAnyOrder(a, b, c);
    assertThat(full).extracting(Replay::id).containsExactlyInAnyOrder(a, b, c);
    assertThat(full).allSatisfy(replay -> assertThat(replay.blue().players()).isNotEmpty());
  }

  @Test
  void aMissingRootIsNotFound() {
    Assertions.assertThatThrownBy(() -> GroupTree.of(client, "no-such-group").groups().toList())
        .isInstanceOf(NotFoundException.class);
  }
}
