package io.github.ballkit.core.internal;

import feign.Response;
import io.github.ballkit.core.CallInfo;
import io.github.ballkit.core.EventListener;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.core.Transfer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes what the runtime does to the client's {@link EventListener} and to the transfer the
 * calling thread tracks ({@link TransferTracker}), so the places that act ({@link ResilientClient},
 * {@link SignedUpload}) each make one short call per event. A listener that throws is logged and
 * ignored.
 */
public final class CallEvents {
  /** Holder: SLF4J starts when a listener first fails, not when a client is built. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.events");
  }

  private final String api;
  private final EventListener listener;
  private final Clock clock;

  /**
   * Creates the events of one client.
   *
   * @param api the API's name
   * @param listener the user's listener, or {@code null} for none
   * @param clock the client's clock, which elapsed times are measured with
   */
  public CallEvents(String api, EventListener listener, Clock clock) {
    this.api = api;
    this.listener = listener == null ? EventListener.NONE : listener;
    this.clock = clock;
  }

  /**
   * Returns the user's listener.
   *
   * @return the listener, {@link EventListener#NONE} when none was set
   */
  public EventListener listener() {
    return listener;
  }

  /**
   * A call of an operation starts.
   *
   * @param op the operation
   * @return the call, to report the rest of its events to
   */
  Call start(OperationInfo op) {
    return start(op.operationId(), op.method(), op.rateLimitClass());
  }

  /**
   * A call starts.
   *
   * @param operation the operation's name
   * @param method the HTTP method
   * @param rateLimitClass its rate-limit class, {@code none} for none
   * @return the call
   */
  Call start(String operation, String method, String rateLimitClass) {
    Call call = new Call(new CallInfo(api, operation, method, rateLimitClass), clock.instant());
    call.fire(l -> l.callStart(call.info));
    return call;
  }

  /** The events of one call. */
  final class Call {
    private final CallInfo info;
    private final Instant started;
    private volatile boolean ended;

    private Call(CallInfo info, Instant started) {
      this.info = info;
      this.started = started;
    }

    /** Wraps the sleeper of rate-limit waits so each wait is reported before it starts. */
    Sleeper rateLimitSleeper(Sleeper sleeper) {
      return wait -> {
        fire(l -> l.limiterWait(info, wait));
        TransferTracker transfer = TransferTracker.current();
        if (transfer != null) {
          transfer.waited(wait);
        }
        sleeper.sleep(wait);
      };
    }

    void rateLimited(Duration retryAfter) {
      fire(l -> l.rateLimited(info, retryAfter));
    }

    void retry(int attempt, String reason, Duration wait) {
      fire(l -> l.retry(info, attempt, reason, wait));
    }

    void sent(byte[] body) {
      long bytes = body == null ? 0 : body.length;
      fire(l -> l.bytesSent(info, bytes));
    }

    void sent(long bytes) {
      fire(l -> l.bytesSent(info, bytes));
    }

    /**
     * The call's final response arrived: reports its end, and returns it with a body that reports
     * the bytes read (and, for the tracked transfer's operation, its progress).
     */
    Response responded(Response response) {
      ended = true;
      Duration elapsed = elapsed();
      fire(l -> l.callEnd(info, response.status(), elapsed));
      if (response.body() == null) {
        fire(l -> l.bytesReceived(info, 0));
        return response;
      }
      TransferTracker transfer =
          TransferTracker.current(info.operation(), Transfer.Direction.DOWNLOAD);
      byte[] kept = KeptBody.bytesOf(response.body());
      if (kept != null && transfer == null) {
        // read whole by the transport already: every byte has arrived, and the decoder binds
        // these very bytes, which a counting stream in between would make it copy
        fire(l -> l.bytesReceived(info, kept.length));
        return response;
      }
      boolean success = response.status() >= 200 && response.status() < 300;
      if (transfer != null && success && response.body().length() != null) {
        transfer.expect(response.body().length());
      }
      try {
        InputStream body =
            new CountingBody(response.body().asInputStream(), success ? transfer : null);
        return response.toBuilder().body(body, response.body().length()).build();
      } catch (IOException e) {
        return response; // an unreadable body fails where it is read, as before
      }
    }

    /** The call's final exchange had no response (the PUT of a signed upload). */
    void ended(int status) {
      ended = true;
      Duration elapsed = elapsed();
      fire(l -> l.callEnd(info, status, elapsed));
    }

    void received(long bytes) {
      fire(l -> l.bytesReceived(info, bytes));
    }

    /** The call failed; nothing when it had ended with a response (which became the failure). */
    void failed(Throwable failure) {
      if (ended) {
        return;
      }
      ended = true;
      Duration elapsed = elapsed();
      fire(l -> l.callFailed(info, failure, elapsed));
    }

    private Duration elapsed() {
      Duration elapsed = Duration.between(started, clock.instant());
      return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    private void fire(Consumer<EventListener> event) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        Log.LOG.warn("event listener failed on {}; ignored", info, e);
      }
    }

    /** A response body that counts what is read and reports it once, at its end or close. */
    private final class CountingBody extends FilterInputStream {
      private final TransferTracker transfer;
      private long count;
      private boolean reported;

      CountingBody(InputStream in, TransferTracker transfer) {
        super(in);
        this.transfer = transfer;
      }

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          end(true);
        } else {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
          end(true);
        } else {
          counted(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
      }

      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          end(false);
        }
      }

      private void counted(long bytes) {
        count += bytes;
        if (transfer != null) {
          transfer.add(bytes);
        }
      }

      private void end(boolean complete) {
        if (reported) {
          return;
        }
        reported = true;
        received(count);
        if (complete && transfer != null) {
          transfer.complete();
        }
      }
    }
  }
}
