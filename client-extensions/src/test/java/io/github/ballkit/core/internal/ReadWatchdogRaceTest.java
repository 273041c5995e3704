package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The race between a read of a download and the watchdog that times it out, played out by hand: the
 * test's alarms go off exactly where each test says, with no timer involved.
 */
class ReadWatchdogRaceTest {

  /** Alarms that go off when the test says so, or when they are disarmed. */
  private static final class HandFiredAlarms implements IdleTimeoutInputStream.Alarms {
    private final boolean fireWhenDisarmed;
    private Runnable armed;

    HandFiredAlarms(boolean fireWhenDisarmed) {
      this.fireWhenDisarmed = fireWhenDisarmed;
    }

    @Override
    public Runnable arm(Runnable action, long delayMillis) {
      armed = action;
      return () -> {
        if (fireWhenDisarmed) {
          action.run();
        }
        armed = null;
      };
    }

    void fire() {
      armed.run();
    }
  }

  /** A body that records being closed, and can run something in the middle of a read. */
  private static final class Body extends ByteArrayInputStream {
    private Runnable duringRead = () -> {};
    private boolean closed;

    Body(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      duringRead.run();
      return super.read(buffer, offset, length);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static InputStream watched(Body body, IdleTimeoutInputStream.Alarms alarms) {
    return new IdleTimeoutInputStream(body, 1000, "downloadReplay", alarms);
  }

  @Test
  void anAlarmThatGoesOffJustAsAReadReturnsDoesNotCloseTheStream() throws IOException {
    Body body = new Body(new byte[] {1, 2, 3, 4});
    InputStream in = watched(body, new HandFiredAlarms(true));

    byte[] first = in.readNBytes(2);
    byte[] rest = in.readAllBytes();

    assertThat(first).containsExactly(1, 2);
    assertThat(rest).containsExactly(3, 4);
    assertThat(body.closed).isFalse();
  }

  @Test
  void anAlarmThatGoesOffDuringAReadClosesTheStreamAndTheReadTimesOut() {
    Body body = new Body(new byte[] {1, 2, 3, 4});
    HandFiredAlarms alarms = new HandFiredAlarms(false);
    body.duringRead = alarms::fire; // the read returns data, but only after the alarm went off
    InputStream in = watched(body, alarms);

    Throwable first = catchThrowable(() -> in.read(new byte[4]));
    Throwable next = catchThrowable(() -> in.read(new byte[4]));

    assertThat(body.closed).isTrue();
    assertThat(first).isInstanceOf(HttpTimeoutException.class).hasMessageContaining("1000 ms");
    assertThat(next).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aLateAlarmOfAnEarlierReadDoesNotCutOffTheNextRead() throws IOException {
    Body body = new Body(new byte[] {1, 2, 3, 4});
    Runnable[] firstAlarm = new Runnable[1];
    IdleTimeoutInputStream.Alarms alarms =
        (action, delayMillis) -> {
          if (firstAlarm[0] == null) {
            firstAlarm[0] = action; // already running when disarmed: disarming cannot stop it
          }
          return () -> {};
        };
    InputStream in = watched(body, alarms);
    byte[] first = in.readNBytes(2);
    body.duringRead = () -> firstAlarm[0].run(); // the first read's alarm goes off in the second

    byte[] rest = in.readAllBytes();

    assertThat(first).containsExactly(1, 2);
    assertThat(rest).containsExactly(3, 4);
    assertThat(body.closed).isFalse();
  }
}
