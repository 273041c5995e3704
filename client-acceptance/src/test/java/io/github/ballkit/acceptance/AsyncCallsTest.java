package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.core.RateLimitWaitException;
import io.github.ballkit.core.Sleeper;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code client.async()} runs the generated operations as futures with the blocking client's
 * limits, retries and deadlines, and a cancelled future gives its rate-limit slot up.
 */
class AsyncCallsTest {
  private static final long SAFETY = 30; // seconds a broken build may hang before failing

  private final Emulated emulated = new Emulated();
  @TempDir Path dir;

  @AfterEach
  void close() {
    emulated.close();
  }

  @Test
  void theGeneratedOperationsComeAsFutures() throws Exception {
    BallchasingClient client = emulated.client().build();
    String id = client.upload(Emulated.replay(dir, "a.replay", 1), null, null).id();

    Replay replay = client.async().replays().getReplay(id).get(SAFETY, TimeUnit.SECONDS);
    ReplayPage page =
        client
            .async()
            .replays()
            .listReplays(ReplayQuery.builder().uploader("me").build())
            .get(SAFETY, TimeUnit.SECONDS);
    String again =
        client
            .async()
            .call(c -> c.uploadOrGetExisting(dir.resolve("a.replay"), null, null))
            .get(SAFETY, TimeUnit.SECONDS);

    assertThat(replay).isEqualTo(client.replays().getReplay(id));
    assertThat(page.list()).extracting(summary -> summary.id()).contains(id);
    assertThat(again).isEqualTo(id);
  }

  @Test
  void aFailedCallFailsItsFutureWithTheTypedError() {
    BallchasingClient client = emulated.client().build();

    CompletableFuture<Replay> missing = client.async().replays().getReplay("no-such-replay");

    assertThatThrownBy(() -> missing.get(SAFETY, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void asyncCallsShareTheRateLimitsOfTheBlockingOnes() throws Exception {
    RecordedEvents events = new RecordedEvents();
    BallchasingClient client = emulated.client().eventListener(events).build();
    String id = client.upload(Emulated.replay(dir, "b.replay", 2), null, null).id();
    client.replays().getReplay(id);
    client.replays().getReplay(id); // the regular tier's 2 item calls per second are used up

    client.async().replays().getReplay(id).get(SAFETY, TimeUnit.SECONDS);

    assertThat(events.starting("limiterWait"))
        .singleElement()
        .asString()
        .startsWith("limiterWait getReplay item");
  }

  @Test
  void asyncCallsKeepTheCallDeadline() throws Exception {
    BallchasingClient client = emulated.client().callTimeout(Duration.ofMillis(100)).build();
    String id = client.upload(Emulated.replay(dir, "c.replay", 3), null, null).id();
    client.replays().getReplay(id);
    client.replays().getReplay(id);

    CompletableFuture<Replay> tooLate = client.async().replays().getReplay(id);

    assertThatThrownBy(() -> tooLate.get(SAFETY, TimeUnit.SECONDS))
        .hasCauseInstanceOf(RateLimitWaitException.class);
  }

  @Test
  void cancellingACallWaitingForTheLimiterNeverSendsIt() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Sleeper blocking =
        wait -> {
          waiting.countDown();
          try {
            new CountDownLatch(1).await(); // until interrupted
          } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
          }
        };
    BallchasingClient client = emulated.client().sleeper(blocking).build();
    String id = client.upload(Emulated.replay(dir, "d.replay", 4), null, null).id();
    client.replays().getReplay(id);
    client.replays().getReplay(id);

    CompletableFuture<Void> delete = client.async().replays().deleteReplay(id);
    assertThat(waiting.await(SAFETY, TimeUnit.SECONDS)).isTrue();
    assertThat(delete.cancel(true)).isTrue();

    assertThat(interrupted.await(SAFETY, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(delete::join).isInstanceOf(CancellationException.class);
    emulated.clock.advance(Duration.ofSeconds(1));
    assertThat(emulated.client().build().replays().getReplay(id).id()).isEqualTo(id); // not deleted
  }

  @Test
  void ballisticaOperationsComeAsFuturesToo() throws Exception {
    try (BallisticaEmulator server = BallisticaEmulator.start()) {
      BallisticaClient client = server.client();

      WorkspaceResponse created =
          client
              .async()
              .workspaces()
              .createWorkspace(WorkspaceCreate.builder().name("async").build())
              .get(SAFETY, TimeUnit.SECONDS);
      WorkspaceResponse read =
          client.async().workspaces().getWorkspace(created.id()).get(SAFETY, TimeUnit.SECONDS);

      assertThat(read.name()).isEqualTo("async");
      server.assertNoViolations();
    }
  }
}
