package io.github.ballkit.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a client's blocking calls on an executor and hands back {@link CompletableFuture}s: the same
 * call as the synchronous one, so rate limits, retries and the call's deadline (counted from when
 * the call starts running) are shared with it. Cancelling a future stops its call: a call not
 * started yet never runs, and a running one is interrupted, which ends a rate-limit wait without
 * taking a slot, or abandons the exchange in flight and gives its slot back.
 */
public final class AsyncCalls {
  /** The size of a client's own pool. */
  public static final int THREADS = 16;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Executor given;
  private volatile Executor executor;

  /**
   * Creates the async side of a client.
   *
   * @param executor the executor to run calls on, or {@code null} for a pool of the client's own,
   *     started on the first call
   */
  public AsyncCalls(Executor executor) {
    this.given = executor;
    this.executor = executor;
  }

  /**
   * Runs a call asynchronously.
   *
   * @param call the blocking call
   * @param <T> its result
   * @return its future; cancelling it stops the call
   */
  public <T> CompletableFuture<T> submit(Supplier<T> call) {
    CancellableCall<T> future = new CancellableCall<>(call);
    try {
      executor().execute(future);
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  private Executor executor() {
    Executor current = executor;
    if (current == null) {
      synchronized (this) {
        if (executor == null) {
          executor = ownPool();
        }
        current = executor;
      }
    }
    return current;
  }

  /** Daemon threads that end after a minute idle, so an unused client holds none. */
  private static Executor ownPool() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread =
              new Thread(task, "ballkit-async-" + pool + "-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  @Override
  public String toString() {
    return "AsyncCalls[" + (given == null ? "own pool" : given) + "]";
  }

  /** A future that runs its call, and interrupts it when cancelled. */
  private static final class CancellableCall<T> extends CompletableFuture<T> implements Runnable {
    private final Supplier<T> call;
    private Thread runner;

    CancellableCall(Supplier<T> call) {
      this.call = call;
    }

    @Override
    public void run() {
      synchronized (this) {
        if (isDone()) {
          return; // cancelled before it started: never sent
        }
        runner = Thread.currentThread();
      }
      try {
        complete(call.get());
      } catch (Throwable failure) {
        completeExceptionally(failure);
      } finally {
        synchronized (this) {
          runner = null;
        }
        // an interrupt meant for this call must not reach the executor's next task
        Thread.interrupted();
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        synchronized (this) {
          if (runner != null) {
            runner.interrupt();
          }
        }
      }
      return cancelled;
    }
  }
}
