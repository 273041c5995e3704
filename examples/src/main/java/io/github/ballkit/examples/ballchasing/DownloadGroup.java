package io.github.ballkit.examples.ballchasing;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.examples.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads the files of a group's replays into a folder, streaming each to disk; the file class
 * has the tightest rate limit, so progress shows the waits.
 */
public final class DownloadGroup {
  private DownloadGroup() {}

  public static List<Path> run(
      BallchasingClient client, String groupId, Path folder, Progress progress, PrintStream out)
      throws IOException {
    Files.createDirectories(folder);
    List<ReplaySummary> replays =
        client.listAllReplays(ReplayQuery.builder().group(groupId).count(200).build()).toList();
    out.println("Downloading " + replays.size() + " replay file(s) of group " + groupId);
    progress.reset();
    List<Path> files = new ArrayList<>();
    for (ReplaySummary replay : replays) {
      Path target = client.download(replay.id(), folder.resolve(replay.id() + ".replay"));
      files.add(target);
      progress.step(replays.size(), target.getFileName().toString(), Files.size(target));
    }
    return files;
  }
}
