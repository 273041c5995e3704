package io.github.ballkit.ballchasing;

import feign.Response;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.core.internal.Downloads;
import io.github.ballkit.core.internal.TransferTracker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@link GroupTree#downloadTo}: plans the folders and files from the tree, then downloads. */
final class TreeDownload {
  private static final String OPERATION = "downloadReplay";
  private static final int PAGE_SIZE = 200;

  private final BallchasingClient client;
  private final JobListener listener;

  TreeDownload(BallchasingClient client, JobListener listener) {
    this.client = client;
    this.listener = listener == null ? JobListener.NONE : listener;
  }

  /** One file to fetch. */
  private record Planned(String replayId, String groupId, Path target) {}

  JobReport run(Stream<GroupNode> tree, Path folder) {
    Map<Path, String> groups = new LinkedHashMap<>();
    List<Planned> plan = new ArrayList<>();
    Map<String, Path> folders = new HashMap<>();
    Map<Path, Set<String>> taken = new HashMap<>();
    tree.forEachOrdered(
        group -> {
          Path dir =
              group.parentId() == null
                  ? folder
                  : folderFor(folders.get(group.parentId()), group, taken);
          folders.put(group.id(), dir);
          groups.put(dir, group.id());
          Integer direct = group.directReplays();
          if (direct == null || direct > 0) {
            client
                .listAllReplays(ReplayQuery.builder().group(group.id()).count(PAGE_SIZE).build())
                .map(ReplaySummary::id)
                .forEachOrdered(
                    id -> plan.add(new Planned(id, group.id(), dir.resolve(id + ".replay"))));
          }
        });
    List<JobItem> items = new ArrayList<>();
    for (Planned file : plan) {
      JobItem item = download(file);
      items.add(item);
      listener.itemDone(item, items.size(), plan.size());
    }
    return new JobReport(items, groups, Set.of());
  }

  private JobItem download(Planned file) {
    try {
      return TransferTracker.run(
          listener,
          new Transfer(Transfer.Direction.DOWNLOAD, file.replayId()),
          OPERATION,
          -1,
          tracker -> fetch(file));
    } catch (NotFoundException gone) {
      return new JobItem(
          JobItem.Outcome.FAILED, file.target(), file.replayId(), file.groupId(), 0, gone);
    }
  }

  private JobItem fetch(Planned file) {
    Response response = client.replays().downloadReplay(file.replayId());
    InputStream body = client.downloadBody(OPERATION, response);
    Integer length = response.body() == null ? null : response.body().length();
    if (length != null && size(file.target()) == length) {
      try {
        body.close(); // the file is complete: its bytes are not read
      } catch (IOException ignored) {
        // closing an unread download only drops its connection
      }
      return new JobItem(
          JobItem.Outcome.SKIPPED, file.target(), file.replayId(), file.groupId(), 0, null);
    }
    Downloads.toFile(OPERATION, body, file.target());
    return new JobItem(
        JobItem.Outcome.DOWNLOADED,
        file.target(),
        file.replayId(),
        file.groupId(),
        size(file.target()),
        null);
  }

  /** The size of a regular file, or -1 when there is none. */
  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      throw new TransportException(OPERATION, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The folder of a group below its parent's: its name made safe for any file system, and made
   * unique among its siblings (ignoring case, as Windows and macOS do) with the group's id.
   */
  private static Path folderFor(Path parent, GroupNode group, Map<Path, Set<String>> taken) {
    String name = safeName(group.name(), group.id());
    Set<String> siblings = taken.computeIfAbsent(parent, dir -> new HashSet<>());
    if (!siblings.add(name.toLowerCase(Locale.ROOT))) {
      name = name + " (" + safeName(group.id(), "group") + ")";
      siblings.add(name.toLowerCase(Locale.ROOT));
    }
    return parent.resolve(name);
  }

  /**
   * A folder name for a group name: characters that some file system refuses ({@code < > : " / \ |
   * ? *} and control characters) become {@code _}, trailing dots and spaces go; an empty result,
   * {@code .} or {@code ..} is replaced by {@code fallback}.
   */
  static String safeName(String name, String fallback) {
    String safe = name == null ? "" : name.replaceAll("[<>:\"/\\\\|?*\\p{Cntrl}]", "_");
    safe = safe.strip().replaceAll("[. ]+$", "");
    return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? fallback : safe;
  }
}
