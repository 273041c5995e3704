package io.github.ballkit.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts, on one daemon thread of its own, the once-per-JVM work a first call would otherwise do on
 * the caller's thread: the JDK's default TLS context (every {@code HttpClient} the pool creates
 * takes it, and initialising it reads the trust store), the shared Jackson mapper, and the
 * deserializers of an operation's success model, requested when its first call starts so they are
 * ready when its response arrives. In a cold JVM these cost hundreds of milliseconds that run here
 * beside the caller's own work (assembling Feign, sending); in a warm one every request is a map
 * lookup. The work is the same the caller would do, into the same JVM-wide caches, so a caller that
 * needs a piece before it is ready waits for it or does it itself, and the result is the same. The
 * thread ends after a second without work and never keeps the JVM alive; a task that fails is
 * dropped, and the caller meets the failure itself when it does that work.
 *
 * <p>A {@code ThreadPoolExecutor} (not a bare thread) so that requests made while it runs queue
 * behind the work in progress; its thread factory is a nested class, not a lambda, because the
 * first lambda of a JVM costs milliseconds of bootstrapping on the builder's thread.
 */
final class WarmUp {
  private static final AtomicBoolean POOL = new AtomicBoolean();
  private static final AtomicBoolean MAPPER = new AtomicBoolean();
  private static final Map<Class<?>, Boolean> MODELS = new ConcurrentHashMap<>();

  private WarmUp() {}

  /** The executor, created when the first client is built. */
  private static final class Worker {
    static final ThreadPoolExecutor EXECUTOR = executor();

    private static ThreadPoolExecutor executor() {
      ThreadPoolExecutor executor =
          new ThreadPoolExecutor(
              2, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new DaemonThreads());
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "ballkit-warm-up");
      thread.setDaemon(true);
      return thread;
    }
  }

  /**
   * Warms what a client's first call needs: the shared mapper, once per JVM, and the JDK client of
   * the first pool ballkit creates in the JVM (which initialises the default TLS context and the
   * JDK's HTTP classes). Later pools are created in a warm JVM, on their first call, in a
   * millisecond.
   *
   * @param pool the client's pool
   */
  static void forClient(HttpPool pool) {
    if (pool.owned() && POOL.compareAndSet(false, true)) {
      pool(pool);
    }
    if (MAPPER.compareAndSet(false, true)) {
      run(new Task(Task.MAPPER, null));
    }
  }

  /**
   * Creates the JDK client of a pool ballkit owns, unless the pool is closed by then.
   *
   * @param pool the pool
   */
  static void pool(HttpPool pool) {
    run(new Task(Task.POOL, pool));
  }

  /**
   * Warms the deserializers of a model an operation's success decodes into, once per model.
   *
   * @param model a generated model, or {@code null} or {@code Void.class} for none
   */
  static void model(Class<?> model) {
    if (model != null && model != Void.class && MODELS.putIfAbsent(model, Boolean.TRUE) == null) {
      run(new Task(Task.MODEL, model));
    }
  }

  /**
   * Returns whether the thread is idle: nothing running, nothing queued.
   *
   * @return true once every requested warm-up has run (or failed)
   */
  static boolean idle() {
    ThreadPoolExecutor executor = Worker.EXECUTOR;
    return executor.getActiveCount() == 0 && executor.getQueue().isEmpty();
  }

  private static void run(Task task) {
    try {
      Worker.EXECUTOR.execute(task);
    } catch (RuntimeException refused) {
      // nothing is lost: the caller does the work itself when it gets there
    }
  }

  private static final class Task implements Runnable {
    static final int POOL = 0;
    static final int MAPPER = 1;
    static final int MODEL = 2;

    private final int kind;
    private final Object subject;

    Task(int kind, Object subject) {
      this.kind = kind;
      this.subject = subject;
    }

    @Override
    public void run() {
      try {
        switch (kind) {
          case POOL -> ((HttpPool) subject).http();
          case MAPPER -> Json.shared();
          default -> Json.shared().readerFor((Class<?>) subject);
        }
      } catch (RuntimeException | LinkageError dropped) {
        // the caller meets the same failure when it does this work, and reports it there
      }
    }
  }
}
