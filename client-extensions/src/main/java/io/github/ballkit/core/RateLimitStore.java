package io.github.ballkit.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the rate limiter keeps the call histories of tokens when several processes share one token
 * (set it with {@code rateLimitStore(...)} on a client's builder). Without one, each JVM keeps its
 * own histories in memory, which is right for one process per token.
 *
 * <p>A store keeps, per {@linkplain History history} (one token's rate-limit class): the calls
 * finished recently, the calls admitted and not yet finished (each with a lease), and a pause.
 * Every method must be atomic across every process using the store: two processes asking at once
 * for the last slot of a window must not both get it. ballkit's own implementation is {@code
 * io.github.ballkit.redis.RedisRateLimitStore} (artifact {@code ballkit-redis}).
 *
 * <p>The client does the waiting: it asks, sleeps for the answer's {@link Admission#waitFor()}, and
 * asks again, within the call's deadline. A store that cannot answer throws {@link
 * RateLimitStoreException}, and nothing is sent.
 */
public interface RateLimitStore {

  /**
   * Admits one call when it fits every window and the history is not paused, and holds its slot
   * until {@link #release} (or until the lease runs out, for a process that died). A call fits a
   * window when fewer than {@code limit} calls are in it, counting every call still held (a held
   * call's window has not started) and every finished call released less than the window's length
   * ago.
   *
   * @param history whose calls
   * @param windows the limits of the asking client's tier (other tiers may ask about the same
   *     history with other windows)
   * @param lease how long the slot stays held if it is never released
   * @return the admission, or how long to wait before asking again
   * @throws RateLimitStoreException when the store cannot answer in its bounded time
   */
  Admission tryAcquire(History history, List<Window> windows, Duration lease);

  /**
   * Ends an admitted call, whose response (or failure) has arrived: its windows start now. Called
   * once per admission; may return before the store has recorded it, in which case the store must
   * record it before it answers a later {@link #tryAcquire} of the same process.
   *
   * @param history whose call
   * @param slot the admission's {@link Admission#slot()}
   * @throws RateLimitStoreException when the store cannot be reached (the lease then frees the
   *     slot)
   */
  void release(History history, String slot);

  /**
   * Admits no call of the history for {@code wait} (unless already paused for longer), as a 429's
   * {@code Retry-After} asks.
   *
   * @param history whose calls
   * @param wait how long
   * @throws RateLimitStoreException when the store cannot be reached
   */
  void pause(History history, Duration wait);

  /**
   * Whether, while this store fails, a client limits its calls in its own process instead of
   * failing them. Off by default: a process on its own cannot keep a limit that several share, so
   * falling back lets N processes send up to N times the limit. The fallback is logged.
   *
   * @return {@code true} to fall back to limits kept by each process
   */
  default boolean fallsBackToLocalLimits() {
    return false;
  }

  /**
   * One token's calls of one rate-limit class against one server, shared by every tier.
   *
   * @param scope names the token and the server without containing either: a hex SHA-256 of both. A
   *     store that keeps it outside the process should hash it again with a key of its own
   * @param rateLimitClass the spec's class, e.g. {@code list}
   * @param capacity the largest limit of the class over every tier: how many finished calls the
   *     store needs to remember
   */
  record History(String scope, String rateLimitClass, int capacity) {
    /**
     * Checks the parts.
     *
     * @param scope names the token and the server without containing either: a hex SHA-256 of both.
     *     A store that keeps it outside the process should hash it again with a key of its own
     * @param rateLimitClass the spec's class, e.g. {@code list}
     * @param capacity the largest limit of the class over every tier: how many finished calls the
     *     store needs to remember
     */
    public History {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(rateLimitClass, "rateLimitClass");
    }
  }

  /**
   * At most {@code limit} calls in any window of {@code length}.
   *
   * @param limit the number of calls, at least 1
   * @param length the window's length, positive
   */
  record Window(int limit, Duration length) {
    /**
     * Checks the parts.
     *
     * @param limit the number of calls, at least 1
     * @param length the window's length, positive
     */
    public Window {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      Objects.requireNonNull(length, "length");
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("length must be positive");
      }
    }
  }

  /**
   * A store's answer to {@link #tryAcquire}: admitted, or wait.
   *
   * @param slot the admitted call's slot, to release; {@code null} when not admitted
   * @param waitFor how long to wait before asking again; zero when admitted
   * @param allSlotsHeld when not admitted: every slot of some window is held by an unfinished call,
   *     so only a release (or a lease running out) makes room and {@code waitFor} is just when to
   *     ask again
   */
  record Admission(@Nullable String slot, Duration waitFor, boolean allSlotsHeld) {
    /**
     * Checks the parts.
     *
     * @param slot the admitted call's slot, to release; {@code null} when not admitted
     * @param waitFor how long to wait before asking again; zero when admitted
     * @param allSlotsHeld when not admitted: every slot of some window is held by an unfinished
     *     call, so only a release (or a lease running out) makes room and {@code waitFor} is just
     *     when to ask again
     */
    public Admission {
      Objects.requireNonNull(waitFor, "waitFor");
      if (waitFor.isNegative() || (slot == null) == waitFor.isZero()) {
        throw new IllegalArgumentException(
            "an admission has a slot and no wait; a refusal has a positive wait and no slot");
      }
    }

    /**
     * The call may be sent now.
     *
     * @param slot identifies the held slot in {@link #release}
     * @return the admission
     */
    public static Admission admitted(String slot) {
      return new Admission(Objects.requireNonNull(slot, "slot"), Duration.ZERO, false);
    }

    /**
     * The call fits after {@code wait}, unless others take the room first.
     *
     * @param wait positive
     * @return the refusal
     */
    public static Admission mustWait(Duration wait) {
      return new Admission(null, wait, false);
    }

    /**
     * Every slot of some window is held by an unfinished call.
     *
     * @param askAgainIn when to ask again, positive
     * @return the refusal
     */
    public static Admission allSlotsHeld(Duration askAgainIn) {
      return new Admission(null, askAgainIn, true);
    }

    /**
     * Tells whether the call may be sent.
     *
     * @return {@code true} when admitted
     */
    public boolean isAdmitted() {
      return slot != null;
    }
  }
}
