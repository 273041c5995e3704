package io.github.ballkit.ballchasing;

import io.github.ballkit.core.TransferListener;

/**
 * The overall progress of a bulk job ({@link GroupTree#downloadTo}, {@link GroupTree#uploadFrom}):
 * called when each file is done. As a {@link TransferListener} it also hears the bytes and
 * rate-limit waits of every file's transfer, for a finer progress bar; those methods do nothing
 * unless overridden, so a lambda does for the overall progress:
 *
 * <pre>{@code
 * tree.downloadTo(folder, (item, done, total) -> System.out.println(done + "/" + total + " " + item));
 * }</pre>
 */
@FunctionalInterface
public interface JobListener extends TransferListener {
  /** Hears nothing. */
  JobListener NONE = (item, done, total) -> {};

  /**
   * One file of the job is done.
   *
   * @param item what happened to it
   * @param done how many files are done, this one included
   * @param total how many files the job has
   */
  void itemDone(JobItem item, int done, int total);
}
