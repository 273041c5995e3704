package io.github.ballkit.core;

import java.time.Duration;

/**
 * How ballkit waits: between retries and for the rate limiter. Inject a fake together with a fake
 * {@link java.time.Clock} to test waiting without spending wall time.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper SYSTEM =
      new Sleeper() {
        // a class, not a lambda: building a client in a cold JVM should not bootstrap one
        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(Math.max(0, duration.toMillis()));
        }
      };

  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
