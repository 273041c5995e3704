package io.github.ballkit.ballchasing;

import io.github.ballkit.core.BallkitException;
import java.util.OptionalLong;

/**
 * A replay given to {@link BallchasingClient#upload} is larger than {@link
 * BallchasingClient#MAX_UPLOAD_BYTES}, so it was not sent. Replays are a few MB; this is usually
 * the wrong file or a stream that does not end.
 */
public class ReplayTooLargeException extends BallkitException {
  private static final long serialVersionUID = 1L;

  /** The largest upload allowed, in bytes. */
  private final long limit;

  /** The size in bytes, or -1 when unknown (OptionalLong is not serializable). */
  private final long size;

  /**
   * Creates the exception.
   *
   * @param what the file name, for the message
   * @param size the size, or empty when only known to exceed the limit (a stream or a file, which
   *     is read only up to the limit)
   * @param limit the limit in bytes
   */
  ReplayTooLargeException(String what, OptionalLong size, long limit) {
    super(
        "uploadReplay",
        "uploadReplay: "
            + what
            + (size.isPresent() ? " has " + size.getAsLong() + " bytes" : " has more")
            + " than the "
            + limit
            + "-byte limit of a replay upload; nothing was sent",
        null);
    this.limit = limit;
    this.size = size.orElse(-1);
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the replay's size, when known: for a replay held in memory. A stream or a file is read
   * only up to the limit, so its size is not known.
   *
   * @return the size in bytes, or empty
   */
  public OptionalLong size() {
    return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
  }
}
