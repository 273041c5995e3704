package io.github.ballkit.ballchasing;

import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.model.Group;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.BadRequestException;
import io.github.ballkit.core.TransportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@link GroupTree#uploadFrom}: reads the folder tree, then goes through it folder by folder,
 * finding or creating each folder's group under its parent's and uploading its replays.
 */
final class TreeUpload {
  private static final String OPERATION = "uploadReplay";
  private static final int PAGE_SIZE = 200;

  private final BallchasingClient client;
  private final String rootId;
  private final Visibility visibility;
  private final JobListener listener;
  private final Map<Path, String> groups = new LinkedHashMap<>();
  private final Set<String> created = new LinkedHashSet<>();
  private final Map<String, Map<String, String>> childrenByParent = new HashMap<>();
  private Group root;

  TreeUpload(BallchasingClient client, String rootId, Visibility visibility, JobListener listener) {
    this.client = client;
    this.rootId = rootId;
    this.visibility = visibility;
    this.listener = listener == null ? JobListener.NONE : listener;
  }

  JobReport run(Path folder) {
    Map<Path, List<Path>> replaysByFolder = scan(folder);
    int total = replaysByFolder.values().stream().mapToInt(List::size).sum();
    List<JobItem> items = new ArrayList<>();
    groups.put(folder, rootId);
    for (Map.Entry<Path, List<Path>> entry : replaysByFolder.entrySet()) {
      String groupId = groupOf(folder, entry.getKey());
      for (Path file : entry.getValue()) {
        JobItem item = upload(file, groupId);
        items.add(item);
        listener.itemDone(item, items.size(), total);
      }
    }
    return new JobReport(items, groups, created);
  }

  /**
   * The {@code .replay} files of each folder that has some, folders in depth-first order (a folder
   * before its sub-folders, by name), files by name. Symbolic links are not followed.
   */
  private static Map<Path, List<Path>> scan(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new TransportException(OPERATION, "cannot read " + folder + ": no such folder", null);
    }
    Map<Path, List<Path>> byFolder = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .filter(
              file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".replay"))
          .forEach(
              file ->
                  byFolder.computeIfAbsent(file.getParent(), dir -> new ArrayList<>()).add(file));
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TransportException(OPERATION, "cannot read " + folder + ": " + e.getMessage(), e);
    }
    byFolder.values().forEach(list -> list.sort(null));
    return byFolder;
  }

  /** The group of a folder: found by name under its parent folder's group, or created there. */
  private String groupOf(Path rootFolder, Path dir) {
    String known = groups.get(dir);
    if (known != null) {
      return known;
    }
    String parentId = groupOf(rootFolder, dir.getParent());
    String name = dir.getFileName().toString();
    String id = children(parentId).get(name);
    if (id == null) {
      id = create(name, parentId);
      children(parentId).put(name, id);
    }
    groups.put(dir, id);
    return id;
  }

  /** The children of a group by name, listed once (the first of equal names wins). */
  private Map<String, String> children(String parentId) {
    return childrenByParent.computeIfAbsent(
        parentId,
        id -> {
          Map<String, String> byName = new HashMap<>();
          Iterator<GroupSummary> children =
              client.iterateGroups(GroupQuery.builder().group(id).count(PAGE_SIZE).build());
          children.forEachRemaining(child -> byName.putIfAbsent(child.name(), child.id()));
          return byName;
        });
  }

  private String create(String name, String parentId) {
    if (root == null) {
      root = client.groups().getGroup(rootId);
    }
    String id =
        client
            .groups()
            .createGroup(
                GroupCreate.builder()
                    .name(name)
                    .parent(parentId)
                    .playerIdentification(
                        root.playerIdentification() != null
                            ? root.playerIdentification()
                            : PlayerIdentification.BY_ID)
                    .teamIdentification(
                        root.teamIdentification() != null
                            ? root.teamIdentification()
                            : TeamIdentification.BY_DISTINCT_PLAYERS)
                    .build())
            .id();
    created.add(id);
    return id;
  }

  private JobItem upload(Path file, String groupId) {
    try {
      UploadResult result = client.upload(file, visibility, groupId, listener);
      return new JobItem(
          JobItem.Outcome.UPLOADED, file, result.id(), groupId, Files.size(file), null);
    } catch (DuplicateReplayException duplicate) {
      return new JobItem(JobItem.Outcome.DUPLICATE, file, duplicate.id(), groupId, 0, null);
    } catch (BadRequestException | ReplayTooLargeException refused) {
      return new JobItem(JobItem.Outcome.FAILED, file, null, groupId, 0, refused);
    } catch (IOException e) {
      throw new TransportException(OPERATION, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
