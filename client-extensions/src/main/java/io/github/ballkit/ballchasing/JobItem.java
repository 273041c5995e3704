package io.github.ballkit.ballchasing;

import io.github.ballkit.core.BallkitException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk job ({@link GroupTree#downloadTo}, {@link GroupTree#uploadFrom}) did with one file.
 */
public final class JobItem {
  /** What happened to the file. */
  public enum Outcome {
    /** Uploaded as a new replay. */
    UPLOADED,
    /** Not uploaded: ballchasing has the replay already (409); {@link #replayId()} names it. */
    DUPLICATE,
    /** Downloaded. */
    DOWNLOADED,
    /** Not downloaded: the file was there already with the size the server gives. */
    SKIPPED,
    /**
     * Refused by the server for this file alone (say, a replay it cannot parse); the job went on.
     */
    FAILED
  }

  private final Outcome outcome;
  private final Path file;
  private final String replayId;
  private final String groupId;
  private final long bytes;
  private final BallkitException failure;

  JobItem(
      Outcome outcome,
      Path file,
      String replayId,
      String groupId,
      long bytes,
      BallkitException failure) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.file = Objects.requireNonNull(file, "file");
    this.replayId = replayId;
    this.groupId = groupId;
    this.bytes = bytes;
    this.failure = failure;
  }

  /**
   * Returns what happened.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the local file.
   *
   * @return the file uploaded, or downloaded to
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the replay's id.
   *
   * @return the id, or {@code null} for a failed upload
   */
  public @Nullable String replayId() {
    return replayId;
  }

  /**
   * Returns the group the file belongs to.
   *
   * @return the group's id
   */
  public String groupId() {
    return groupId;
  }

  /**
   * Returns how many bytes of the file moved.
   *
   * @return the bytes uploaded or downloaded; 0 when nothing moved
   */
  public long bytes() {
    return bytes;
  }

  /**
   * Returns why the server refused the file.
   *
   * @return the error, for {@link Outcome#FAILED}
   */
  public Optional<BallkitException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return outcome
        + " "
        + file
        + (replayId == null ? "" : " " + replayId)
        + (failure == null ? "" : ": " + failure.getMessage());
  }
}
