package io.github.ballkit.examples.ballchasing;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.JobItem;
import io.github.ballkit.ballchasing.JobReport;
import io.github.ballkit.examples.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Downloads the replay files of a group and its sub-groups into a folder that mirrors the tree,
 * streaming each to disk ({@link GroupTree#downloadTo}); the file class has the tightest rate
 * limit, so progress shows the waits. Run it again and the files already there are skipped.
 */
public final class DownloadGroup {
  private DownloadGroup() {}

  public static List<Path> run(
      BallchasingClient client, String groupId, Path folder, Progress progress, PrintStream out) {
    out.println("Downloading the replay files of group " + groupId + " and its sub-groups");
    progress.reset();
    JobReport report = GroupTree.of(client, groupId).downloadTo(folder, progress);
    out.println(
        report.items(JobItem.Outcome.DOWNLOADED).size()
            + " downloaded, "
            + report.items(JobItem.Outcome.SKIPPED).size()
            + " already there, into "
            + report.groups().size()
            + " folder(s)");
    return report.items().stream().map(JobItem::file).toList();
  }
}
