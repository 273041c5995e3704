package io.github.ballkit.core.internal;

import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JDK client (connection pool and threads) that a client and its {@code newBuilder()} copies
 * share, counted: each client built on it holds it once, and the last one to close shuts down what
 * the pool owns.
 *
 * <p>A pool ballkit creates owns its worker threads: they come from an executor of its own, the
 * JDK's default (a cached pool) in all but the thread names, {@code ballkit-http-<pool>-<n>}. At
 * shutdown the idle ones end at once and any that are busy end when their task does; no task is
 * refused, since a refusal could leave an exchange of another thread that is still in flight
 * without an answer. The JDK client's selector thread ends when the client is gone: at once on Java
 * 21 and later ({@code HttpClient.shutdown()}, called by reflection since ballkit builds for 17),
 * on Java 17 once the garbage collector takes the client, which the pool then no longer holds. A
 * JDK client the caller gave ({@code httpClient(...)}) is the caller's: it is never shut down.
 *
 * <p>A pool ballkit owns creates its JDK client on the first call, not when the client is built:
 * creating one costs about 200 ms in a cold JVM, which a {@code build()} should not pay, nor a
 * client that is built and never used.
 *
 * <p>Public only so that builders can hand a pool on to their copies; nothing in it is public.
 */
public final class HttpPool {
  private static final AtomicLong IDS = new AtomicLong();
  private static final Method SHUTDOWN = shutdownMethod();

  private final String threadPrefix;
  private final ThreadPoolExecutor executor;
  private final Duration connectTimeout;
  private final boolean owned;
  private volatile HttpClient http;
  private int users;
  private boolean closed;

  private HttpPool(
      HttpClient http,
      Duration connectTimeout,
      ThreadPoolExecutor executor,
      String threadPrefix,
      boolean owned) {
    this.http = http;
    this.connectTimeout = connectTimeout;
    this.executor = executor;
    this.threadPrefix = threadPrefix;
    this.owned = owned;
  }

  /**
   * Creates a pool that ballkit owns, held once by the client it is created for.
   *
   * @param connectTimeout the connect timeout of its connections
   * @return the pool
   */
  static HttpPool create(Duration connectTimeout) {
    String prefix = "ballkit-http-" + IDS.incrementAndGet() + "-";
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            new DaemonThreads(prefix));
    HttpPool pool = new HttpPool(null, connectTimeout, executor, prefix, true);
    pool.users = 1;
    return pool;
  }

  /**
   * Wraps a JDK client the caller gave, which is never shut down.
   *
   * @param http the caller's client
   * @return the pool, not yet held
   */
  static HttpPool of(HttpClient http) {
    return new HttpPool(http, http.connectTimeout().orElse(null), null, null, false);
  }

  /**
   * Takes a hold on the pool for one more client.
   *
   * @return {@code false} when the pool is shut down already, and cannot be used
   */
  synchronized boolean retain() {
    if (closed) {
      return false;
    }
    users++;
    return true;
  }

  /** Gives up one hold; the last one shuts down what the pool owns. Idempotent per holder. */
  void release() {
    HttpClient client;
    synchronized (this) {
      if (closed || --users > 0) {
        return;
      }
      closed = true;
      client = http;
      if (owned) {
        http = null;
      }
    }
    if (!owned) {
      return;
    }
    // a client that never made a call never created its JDK client: there is nothing to stop
    // Keep-alive 0 makes idle workers end now and busy ones when their task returns, without
    // refusing a task the JDK client may still hand over for an exchange in flight.
    executor.setKeepAliveTime(0, TimeUnit.NANOSECONDS);
    if (SHUTDOWN != null && client != null) {
      try {
        SHUTDOWN.invoke(client);
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // Java 21's orderly shutdown is a bonus: the threads end without it too, at GC
      }
    }
  }

  /**
   * Returns the JDK client, creating the one of a pool ballkit owns on first use.
   *
   * @return the client, or {@code null} once a pool ballkit owns is shut down
   */
  HttpClient http() {
    HttpClient client = http;
    if (client != null || !owned) {
      return client;
    }
    synchronized (this) {
      if (closed) {
        return null;
      }
      if (http == null) {
        http =
            HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .executor(executor)
                .build();
      }
      return http;
    }
  }

  /**
   * Returns the connect timeout its connections are made with.
   *
   * @return the timeout, empty when the JDK client has none
   */
  Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /**
   * Returns what the names of the pool's own threads start with.
   *
   * @return e.g. {@code ballkit-http-7-}, or {@code null} for the caller's JDK client
   */
  String threadPrefix() {
    return threadPrefix;
  }

  private static Method shutdownMethod() {
    try {
      return HttpClient.class.getMethod("shutdown");
    } catch (NoSuchMethodException beforeJava21) {
      return null;
    }
  }

  /** Names and starts the pool's threads; a class, not a lambda, for a cold build()'s sake. */
  private static final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
