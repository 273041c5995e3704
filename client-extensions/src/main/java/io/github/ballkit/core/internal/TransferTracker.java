package io.github.ballkit.core.internal;

import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransferListener;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of one upload or download, reported to its {@link TransferListener}. A convenience
 * method runs its calls inside {@link #run}, which makes the tracker current on the thread; the
 * runtime then finds it there: the HTTP transport counts the request body of the tracked operation
 * as it is sent ({@link #counting}), the response body of a download is counted as it is read, and
 * rate-limit waits of any call of the transfer are passed on.
 */
public final class TransferTracker {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.events");
  private static final ThreadLocal<TransferTracker> CURRENT = new ThreadLocal<>();

  private final Transfer transfer;
  private final TransferListener listener;
  private final String operation;
  private long done;
  private long total;
  private boolean finished;

  private TransferTracker(
      Transfer transfer, TransferListener listener, String operation, long total) {
    this.transfer = transfer;
    this.listener = listener;
    this.operation = operation;
    this.total = total;
  }

  /**
   * Runs the calls of one transfer with its tracker current on this thread.
   *
   * @param listener the listener, or {@code null} to track nothing
   * @param transfer what is moved
   * @param operation the operation whose body is the transfer's bytes, e.g. {@code uploadReplay}
   * @param total the expected size, or -1
   * @param work the calls; gets the tracker, to {@link #complete} or {@link #finishWith} it
   * @param <T> the result
   * @return what {@code work} returned
   */
  public static <T> T run(
      TransferListener listener,
      Transfer transfer,
      String operation,
      long total,
      Function<TransferTracker, T> work) {
    TransferTracker tracker =
        new TransferTracker(
            transfer, listener == null ? TransferListener.NONE : listener, operation, total);
    TransferTracker outer = CURRENT.get();
    CURRENT.set(tracker);
    try {
      return work.apply(tracker);
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The transfer this thread works on, whatever the operation, or {@code null}. */
  static TransferTracker current() {
    return CURRENT.get();
  }

  /**
   * The transfer this thread works on when its bytes are those of {@code operation} going {@code
   * direction}: the request body of an upload's operation, the response body of a download's.
   */
  static TransferTracker current(String operation, Transfer.Direction direction) {
    TransferTracker tracker = CURRENT.get();
    return tracker != null
            && tracker.operation.equals(operation)
            && tracker.transfer.direction() == direction
        ? tracker
        : null;
  }

  /**
   * Returns a body publisher that reports the bytes it hands to the HTTP client, when this thread
   * tracks a transfer of {@code operation}; else the publisher itself.
   *
   * @param operation the request's operation
   * @param body the body
   * @return the publisher to send
   */
  public static HttpRequest.BodyPublisher counting(
      String operation, HttpRequest.BodyPublisher body) {
    TransferTracker tracker = current(operation, Transfer.Direction.UPLOAD);
    return tracker == null ? body : new CountingPublisher(body, tracker);
  }

  /** A response of the transfer's operation arrived: its body's size, when known, is the total. */
  synchronized void expect(long size) {
    if (size >= 0) {
      total = size;
    }
  }

  /** An attempt starts sending: its bytes count from 0. */
  synchronized void restart(long size) {
    done = 0;
    if (size >= 0) {
      total = size;
    }
  }

  /** Bytes moved. */
  void add(long bytes) {
    if (bytes <= 0) {
      return;
    }
    long doneNow;
    long totalNow;
    synchronized (this) {
      done += bytes;
      doneNow = done;
      totalNow = total;
    }
    notify(() -> listener.progress(transfer, doneNow, totalNow));
  }

  /** The transfer waits for the rate limiter. */
  void waited(Duration wait) {
    notify(() -> listener.rateLimitWait(transfer, wait));
  }

  /**
   * The transfer succeeded: every byte has moved (a transport that does not report progress is
   * caught up here), so the listener hears the last progress and then {@code finished}.
   */
  public void complete() {
    long doneNow;
    long totalNow;
    boolean catchUp;
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
      catchUp = total >= 0 && done < total;
      if (catchUp) {
        done = total;
      }
      doneNow = done;
      totalNow = total;
    }
    if (catchUp) {
      notify(() -> listener.progress(transfer, doneNow, totalNow));
    }
    notify(() -> listener.finished(transfer, doneNow));
  }

  /**
   * The transfer ended having moved {@code bytes} (0 when the server had the content already).
   *
   * @param bytes bytes moved
   */
  public void finishWith(long bytes) {
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
    }
    notify(() -> listener.finished(transfer, bytes));
  }

  private void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("transfer listener failed on {}; ignored", transfer, e);
    }
  }

  /** Counts what a body publisher hands to the HTTP client; a new subscription starts at 0. */
  private static final class CountingPublisher implements HttpRequest.BodyPublisher {
    private final HttpRequest.BodyPublisher delegate;
    private final TransferTracker tracker;

    CountingPublisher(HttpRequest.BodyPublisher delegate, TransferTracker tracker) {
      this.delegate = delegate;
      this.tracker = tracker;
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      tracker.restart(delegate.contentLength());
      delegate.subscribe(
          new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
              subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
              int bytes = item.remaining();
              subscriber.onNext(item);
              tracker.add(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
              subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
              subscriber.onComplete();
            }
          });
    }
  }
}
