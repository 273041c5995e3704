package io.github.ballkit.ballchasing;

import io.github.ballkit.core.BallkitException;

/**
 * A replay given to {@link BallchasingClient#upload} is larger than {@link
 * BallchasingClient#MAX_UPLOAD_BYTES}, so it was not sent. Replays are a few MB; this is usually
 * the wrong file or a stream that does not end.
 */
public class ReplayTooLargeException extends BallkitException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * Creates the exception.
   *
   * @param what the file name or {@code the stream}, for the message
   * @param size the size, or -1 when only known to exceed the limit (a stream)
   * @param limit the limit in bytes
   */
  public ReplayTooLargeException(String what, long size, long limit) {
    super(
        "uploadReplay",
        "uploadReplay: "
            + what
            + (size >= 0 ? " has " + size + " bytes" : " has more")
            + " than the "
            + limit
            + "-byte limit of a replay upload; nothing was sent",
        null);
    this.limit = limit;
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
