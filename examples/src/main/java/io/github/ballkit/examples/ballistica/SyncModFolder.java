package io.github.ballkit.examples.ballistica;

import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.UploadOutcome;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.ballistica.model.WorkspaceEntryResponse;
import io.github.ballkit.ballistica.model.WorkspaceEntryType;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.examples.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Syncs a local mod folder into a workspace: creates the workspace if needed, creates folders,
 * uploads files (the server skips content it already has, by SHA-256, so unchanged files cost one
 * small request and no bytes), optionally deletes remote files and folders that are gone locally,
 * prints the remote tree, and downloads a file back to verify it byte for byte.
 *
 * <p>The listing carries no content hash, so a file is reported from the upload's outcome: {@code
 * uploaded} when bytes were sent; {@code unchanged} when none were sent and the remote listing
 * already had a file of that size at that path; {@code deduplicated} when none were sent because
 * the server held the content elsewhere (another path, another workspace).
 */
public final class SyncModFolder {
  private SyncModFolder() {}

  /** What the sync did. */
  public record Result(
      String workspaceId,
      int uploaded,
      int unchanged,
      int deduplicated,
      int deleted,
      int foldersDeleted,
      boolean verified) {}

  public static Result run(
      BallisticaClient client,
      Path modFolder,
      String workspaceName,
      boolean deleteRemoved,
      Progress progress,
      PrintStream out)
      throws IOException {
    WorkspaceResponse workspace = findOrCreate(client, workspaceName, out);
    String id = workspace.id();
    NavigableMap<String, WorkspaceEntryResponse> remote = listing(client, id);

    List<Path> directories = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(modFolder)) {
      walk.filter(path -> !path.equals(modFolder))
          .sorted()
          .forEach(path -> (Files.isDirectory(path) ? directories : files).add(path));
    }
    Set<String> localFolders = new LinkedHashSet<>();
    for (Path directory : directories) {
      String path = relative(modFolder, directory);
      localFolders.add(path);
      if (!remote.containsKey(path)) {
        client.mkdir(id, path);
        out.println("  created folder " + path);
      }
    }
    int uploaded = 0;
    int unchanged = 0;
    int deduplicated = 0;
    Set<String> localFiles = new LinkedHashSet<>();
    progress.reset();
    for (Path file : files) {
      String path = relative(modFolder, file);
      localFiles.add(path);
      UploadOutcome outcome = client.upload(id, path, file, progress);
      String what;
      if (outcome.transferred()) {
        uploaded++;
        what = " uploaded";
      } else if (sameSizeThere(remote.get(path), outcome.size())) {
        unchanged++;
        what = " unchanged (no bytes sent)";
      } else {
        deduplicated++;
        what = " deduplicated (the server already had this content; no bytes sent)";
      }
      progress.step(files.size(), path + what, outcome.transferred() ? outcome.size() : 0);
    }
    int deleted = 0;
    int foldersDeleted = 0;
    if (deleteRemoved) {
      for (WorkspaceEntryResponse entry : remote.values()) {
        if (WorkspaceEntryType.FILE.equals(entry.type()) && !localFiles.contains(entry.path())) {
          client.delete(id, entry.path());
          deleted++;
          out.println("  deleted remote " + entry.path() + " (gone locally)");
        }
      }
      // deepest first: a folder's path sorts after its parent's
      for (String path : remote.descendingKeySet()) {
        if (WorkspaceEntryType.DIRECTORY.equals(remote.get(path).type())
            && !localFolders.contains(path)) {
          client.delete(id, path);
          foldersDeleted++;
          out.println("  deleted remote folder " + path + "/ (gone locally)");
        }
      }
    }
    out.printf(
        "Synced %s into workspace '%s': %d uploaded, %d unchanged, %d deduplicated, %d deleted,"
            + " %s removed%n",
        modFolder.getFileName(),
        workspaceName,
        uploaded,
        unchanged,
        deduplicated,
        deleted,
        foldersDeleted == 1 ? "1 folder" : foldersDeleted + " folders");
    printTree(listing(client, id), out);

    boolean verified = files.isEmpty() || verify(client, id, modFolder, files.get(0), out);
    return new Result(id, uploaded, unchanged, deduplicated, deleted, foldersDeleted, verified);
  }

  private static boolean sameSizeThere(WorkspaceEntryResponse before, long size) {
    return before != null
        && WorkspaceEntryType.FILE.equals(before.type())
        && before.size() != null
        && before.size() == size;
  }

  private static WorkspaceResponse findOrCreate(
      BallisticaClient client, String name, PrintStream out) {
    for (WorkspaceResponse workspace : client.workspaces().listWorkspaces().workspaces()) {
      if (name.equals(workspace.name())) {
        out.println("Using workspace '" + name + "' (" + workspace.id() + ")");
        return workspace;
      }
    }
    WorkspaceResponse created =
        client.workspaces().createWorkspace(WorkspaceCreate.builder().name(name).build());
    out.println("Created workspace '" + name + "' (" + created.id() + ")");
    return created;
  }

  /** The workspace's entries by path, sorted: a folder comes before what it holds. */
  private static NavigableMap<String, WorkspaceEntryResponse> listing(
      BallisticaClient client, String id) {
    NavigableMap<String, WorkspaceEntryResponse> entries = new TreeMap<>();
    for (WorkspaceEntryResponse entry : client.files().listWorkspaceFiles(id).entries()) {
      entries.put(entry.path(), entry);
    }
    return entries;
  }

  static void printTree(Map<String, WorkspaceEntryResponse> entries, PrintStream out) {
    out.println("Remote tree:");
    for (WorkspaceEntryResponse entry : entries.values()) {
      String[] segments = entry.path().split("/");
      String indent = "  ".repeat(segments.length);
      boolean directory = WorkspaceEntryType.DIRECTORY.equals(entry.type());
      out.println(
          indent
              + segments[segments.length - 1]
              + (directory ? "/" : "  " + Progress.human(entry.size() == null ? 0 : entry.size())));
    }
  }

  private static boolean verify(
      BallisticaClient client, String id, Path root, Path file, PrintStream out)
      throws IOException {
    String path = relative(root, file);
    byte[] local = Files.readAllBytes(file);
    byte[] remote;
    try (InputStream in = client.download(id, path)) {
      remote = in.readAllBytes();
    }
    boolean same = Arrays.equals(local, remote);
    out.printf(
        "Downloaded %s back: %d bytes, %s%n",
        path,
        remote.length,
        same ? "identical to the local file" : "DIFFERENT from the local file");
    return same;
  }

  private static String relative(Path root, Path path) {
    return Arrays.stream(root.relativize(path).toString().split("[/\\\\]"))
        .collect(Collectors.joining("/"));
  }
}
