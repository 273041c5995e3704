package io.github.ballkit.core.internal;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * API calls that their caller runs, and retries, as one call: Ballistica's upload is {@code
 * upload-init}, a signed PUT and {@code upload-finalize}, and restarts as a whole. Inside a
 * sequence, every attempt {@link ResilientClient} makes works to the sequence's deadline instead of
 * a fresh {@code callTimeout}, and is not retried after a connection failure or a 502/503/504 (429s
 * are still waited out): the sequence's own loop spends the one {@code maxRetries} budget, so
 * retries never multiply.
 */
public final class CallSequence {
  private static final ThreadLocal<CallSequence> CURRENT = new ThreadLocal<>();

  private final Instant deadline;

  private CallSequence(Instant deadline) {
    this.deadline = deadline;
  }

  /**
   * Runs calls on this thread as part of one sequence.
   *
   * @param deadline when the whole sequence must be done
   * @param calls the calls
   * @param <T> their result
   * @return what {@code calls} returned
   */
  public static <T> T run(Instant deadline, Supplier<T> calls) {
    CallSequence outer = CURRENT.get();
    boolean earlier = outer == null || deadline.isBefore(outer.deadline);
    CURRENT.set(earlier ? new CallSequence(deadline) : outer);
    try {
      return calls.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The sequence this thread is running, or {@code null}. */
  static CallSequence current() {
    return CURRENT.get();
  }

  /** When the whole sequence must be done. */
  Instant deadline() {
    return deadline;
  }
}
