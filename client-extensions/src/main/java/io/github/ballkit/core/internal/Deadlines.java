package io.github.ballkit.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One daemon thread that ends work still running when its deadline passes: the response bodies that
 * {@link BoundedBody} reads after their headers, which the JDK's {@code HttpRequest.timeout} no
 * longer bounds.
 *
 * <p>Hand-written instead of a {@code ScheduledThreadPoolExecutor} because of what one call costs
 * there: scheduling a task into its empty queue wakes the timer thread, once per call, to wait for
 * a deadline that is almost never reached. Here the thread wakes once a second at most while calls
 * run (and never once it has been idle a minute: it ends, and the next call starts it again), and a
 * call wakes it only when its deadline comes before that.
 *
 * <p>The thread holds {@link #lock} except while it waits. While it looks through the work it is
 * {@link #awake}, and every new deadline signals it, which waits for the lock, so nothing added
 * during a look is missed; otherwise a deadline before {@link #plannedWake} signals it.
 */
final class Deadlines {
  static final Deadlines SHARED = new Deadlines("ballkit-body-deadlines");

  private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final int IDLE_TICKS = 60;

  /** What to do when a deadline passes. */
  interface Expiring {
    /** Ends the work; called once, on the deadline thread, and must not block. */
    void expire();
  }

  /** One piece of work under a deadline; {@link #disarm} it when it is done. */
  static final class Entry {
    private final long deadlineNanos;
    private final Expiring work;

    private Entry(long deadlineNanos, Expiring work) {
      this.deadlineNanos = deadlineNanos;
      this.work = work;
    }
  }

  private final String threadName;
  private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private volatile long plannedWake;
  private volatile boolean awake;
  private volatile boolean running;

  Deadlines(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Puts work under a deadline.
   *
   * @param work what ends the work when the deadline passes first
   * @param deadlineNanos the deadline, on the {@link System#nanoTime()} scale
   * @return the entry, for {@link #disarm}
   */
  Entry arm(Expiring work, long deadlineNanos) {
    Entry entry = new Entry(deadlineNanos, work);
    entries.add(entry);
    if (!running) {
      start();
    } else if (awake || deadlineNanos - plannedWake < 0) {
      signal();
    }
    return entry;
  }

  /**
   * Takes work that is done from under its deadline; doing it again does nothing.
   *
   * @param entry what {@link #arm} returned, or {@code null}
   */
  void disarm(Entry entry) {
    if (entry != null) {
      entries.remove(entry);
    }
  }

  private void signal() {
    lock.lock();
    try {
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  private void start() {
    lock.lock();
    try {
      if (running) {
        changed.signal();
        return;
      }
      running = true;
      Thread thread = new Thread(this::watch, threadName);
      thread.setDaemon(true);
      thread.start();
    } finally {
      lock.unlock();
    }
  }

  private void watch() {
    lock.lock();
    try {
      int idle = 0;
      while (true) {
        awake = true;
        long now = System.nanoTime();
        long next = now + TICK_NANOS;
        for (Entry entry : entries) {
          if (entry.deadlineNanos - now <= 0) {
            if (entries.remove(entry)) {
              expire(entry);
            }
          } else if (entry.deadlineNanos - next < 0) {
            next = entry.deadlineNanos;
          }
        }
        idle = entries.isEmpty() ? idle + 1 : 0;
        if (idle > IDLE_TICKS) {
          running = false;
          if (entries.isEmpty()) {
            return; // an arm() from now on sees running == false and starts a new thread
          }
          running = true;
          idle = 0;
        }
        plannedWake = next;
        awake = false;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          changed.awaitNanos(wait);
        }
      }
    } catch (InterruptedException e) {
      running = false; // nobody interrupts this thread; should someone, the next arm() restarts it
      Thread.currentThread().interrupt();
    } finally {
      awake = false;
      lock.unlock();
    }
  }

  private static void expire(Entry entry) {
    try {
      entry.work.expire();
    } catch (RuntimeException ignored) {
      // one piece of work failing to end must not stop the deadlines of the others
    }
  }
}
