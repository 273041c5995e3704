package io.github.ballkit.ballchasing;

import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.Group;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.internal.Pages;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A ballchasing group with everything below it: its sub-groups, their replays, and the jobs that
 * mirror the tree to a folder and back.
 *
 * <pre>{@code
 * GroupTree league = GroupTree.of(client, "spring-league-1a2b3c4d5e");
 * league.groups().forEach(group -> System.out.println(String.join(" / ", group.path())));
 * JobReport report = league.downloadTo(Path.of("league"), (item, done, total) -> {});
 * }</pre>
 *
 * <p>Everything is fetched lazily and through the client, so every request keeps to its rate
 * limits: a group's children are listed when the walk reaches them, a group's replays when the
 * stream gets to them, so stopping a stream early fetches no more.
 */
public final class GroupTree {
  private static final int PAGE_SIZE = 200;

  private final BallchasingClient client;
  private final String rootId;

  private GroupTree(BallchasingClient client, String rootId) {
    this.client = Objects.requireNonNull(client, "client");
    this.rootId = Objects.requireNonNull(rootId, "groupId");
    if (rootId.isBlank()) {
      throw new IllegalArgumentException("groupId must not be blank");
    }
  }

  /**
   * Returns the tree below a group. Nothing is fetched yet.
   *
   * @param client the client to fetch with
   * @param groupId the root group's id
   * @return the tree
   */
  public static GroupTree of(BallchasingClient client, String groupId) {
    return new GroupTree(client, groupId);
  }

  /**
   * Returns the root group's id.
   *
   * @return the id
   */
  public String rootId() {
    return rootId;
  }

  /**
   * Streams the root (fetched with {@code getGroup}, for its name) and every group below it, depth
   * first: each group before its children, siblings by name.
   *
   * @return a lazy stream
   * @throws io.github.ballkit.core.NotFoundException from the stream, when the root is not there
   */
  public Stream<GroupNode> groups() {
    return Stream.of(rootId)
        .flatMap(
            id -> {
              Group root = client.groups().getGroup(id);
              return Pages.stream(
                  new TreeWalk(client, new GroupNode(id, root.name(), null, List.of(), null)));
            });
  }

  /**
   * Streams the summaries of every replay in the tree, group by group in the order of {@link
   * #groups()} (a group its listing shows as empty is not asked), each group's across all pages.
   * The root is not fetched.
   *
   * @return a lazy stream
   */
  public Stream<ReplaySummary> replaySummaries() {
    return walk().flatMap(this::replaysOf);
  }

  /**
   * Streams every replay of the tree in full (players, teams, statistics): {@link
   * #replaySummaries()} with a {@code getReplay} for each, made when the stream gets to it.
   *
   * @return a lazy stream
   */
  public Stream<Replay> replays() {
    return replaySummaries().map(summary -> client.replays().getReplay(summary.id()));
  }

  /**
   * Downloads every replay file of the tree into a folder that mirrors it: the root's replays go
   * into {@code folder}, each sub-group's into a sub-folder named after it, as {@code <replay
   * id>.replay}. Resumable: a file that is there already with the size the server gives ({@code
   * Content-Length}) is skipped without reading its body, so running the job again after an
   * interruption fetches only what is missing. Files are written to a temporary sibling first, so
   * an interrupted download leaves no partial file.
   *
   * <p>The tree and its replay lists are fetched first (so the listener knows the total), then the
   * files. A replay gone in between is a {@link JobItem.Outcome#FAILED} item; any other error ends
   * the job.
   *
   * @param folder the local folder; created when missing
   * @param listener hears each file done and, as a transfer listener, each file's bytes
   * @return what happened to each file, and the folder of each group
   * @throws io.github.ballkit.core.TransportException when a file cannot be written
   */
  public JobReport downloadTo(Path folder, JobListener listener) {
    return new TreeDownload(client, listener).run(walk(), folder);
  }

  /**
   * Uploads a folder tree into this tree: the folder's {@code .replay} files go into the root, each
   * sub-folder's into the child group of the same name, created when the server has none (with the
   * root's player and team identification). Incremental, with the state read from the server and no
   * local record: existing groups are found by name under their parent, and a replay ballchasing
   * has already is recognised by the 409's id and reported as {@link JobItem.Outcome#DUPLICATE}.
   * Folders without replays anywhere below them get no group.
   *
   * <p>A file the server refuses on its own account (400, such as a replay it cannot parse, or one
   * over {@link BallchasingClient#MAX_UPLOAD_BYTES}) is a {@link JobItem.Outcome#FAILED} item; any
   * other error ends the job.
   *
   * @param folder the local folder
   * @param visibility the visibility of uploaded replays, or {@code null} for the server's default
   * @param listener hears each file done and, as a transfer listener, each file's bytes
   * @return what happened to each file, each folder's group, and the groups created
   * @throws io.github.ballkit.core.TransportException when the folder cannot be read
   */
  public JobReport uploadFrom(Path folder, @Nullable Visibility visibility, JobListener listener) {
    return new TreeUpload(client, rootId, visibility, listener).run(folder);
  }

  /** The tree without fetching the root, whose name the jobs do not need. */
  private Stream<GroupNode> walk() {
    return Stream.of(rootId)
        .flatMap(
            id ->
                Pages.stream(new TreeWalk(client, new GroupNode(id, null, null, List.of(), null))));
  }

  private Stream<ReplaySummary> replaysOf(GroupNode group) {
    Integer direct = group.directReplays();
    if (direct != null && direct == 0) {
      return Stream.empty();
    }
    return client.listAllReplays(ReplayQuery.builder().group(group.id()).count(PAGE_SIZE).build());
  }

  @Override
  public String toString() {
    return "GroupTree[" + rootId + "]";
  }
}
