package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.core.CallInfo;
import io.github.ballkit.core.EventListener;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's event listener hears every call, its waits, 429s, retries and bytes. */
class EventHooksTest {
  private final Emulated emulated = new Emulated();
  private final RecordedEvents events = new RecordedEvents();
  @TempDir Path dir;

  @AfterEach
  void close() {
    emulated.close();
  }

  @Test
  void aCallStartsAndEndsWithItsStatus() throws Exception {
    BallchasingClient client = emulated.client().eventListener(events).build();
    String id = client.upload(Emulated.replay(dir, "a.replay", 1), null, null).id();
    events.lines.clear();

    client.replays().getReplay(id);
    assertThatThrownBy(() -> client.replays().getReplay("gone"))
        .isInstanceOf(NotFoundException.class);

    assertThat(events.starting("callStart"))
        .containsExactly("callStart getReplay", "callStart getReplay");
    assertThat(events.starting("callEnd"))
        .containsExactly("callEnd getReplay 200", "callEnd getReplay 404");
  }

  @Test
  void a429IsHeardWithItsRetryAndWait() throws Exception {
    BallchasingClient unlimited = emulated.client().noRateLimits().eventListener(events).build();
    String id = unlimited.upload(Emulated.replay(dir, "b.replay", 2), null, null).id();
    unlimited.replays().getReplay(id);
    unlimited.replays().getReplay(id);
    events.lines.clear();

    unlimited.replays().getReplay(id); // the emulator keeps the regular tier: 429, Retry-After 1

    assertThat(events.lines)
        .containsExactly(
            "callStart getReplay",
            "bytesSent getReplay 0",
            "rateLimited getReplay PT1S",
            "retry getReplay 1 HTTP 429",
            "limiterWait getReplay item PT1S",
            "bytesSent getReplay 0",
            "callEnd getReplay 200",
            events.starting("bytesReceived").get(0));
  }

  @Test
  void theLimiterWaitsAreHeardPerRateLimitClass() throws Exception {
    BallchasingClient client = emulated.client().eventListener(events).build();
    String id = client.upload(Emulated.replay(dir, "c.replay", 3), null, null).id();

    for (int i = 0; i < 3; i++) {
      client.replays().getReplay(id);
    }

    assertThat(events.starting("limiterWait"))
        .singleElement()
        .asString()
        .startsWith("limiterWait getReplay item");
  }

  @Test
  void bytesMovedAreHeardBothWays() throws Exception {
    BallchasingClient client = emulated.client().eventListener(events).build();
    Path file = Emulated.replay(dir, "d.replay", 4);
    String id = client.upload(file, null, null).id();

    client.download(id, dir.resolve("back.replay"));

    long sent = Long.parseLong(events.starting("bytesSent uploadReplay").get(0).split(" ")[2]);
    assertThat(sent).isGreaterThan(Files.size(file)); // multipart
    assertThat(events.starting("bytesReceived downloadReplay"))
        .containsExactly("bytesReceived downloadReplay " + Files.size(file));
  }

  @Test
  void ballisticasSignedPutIsACallOfItsOwn() throws Exception {
    try (BallisticaEmulator server = BallisticaEmulator.start()) {
      BallisticaClient client =
          BallisticaClient.builder()
              .token("t")
              .baseUrl(server.baseUrl())
              .eventListener(events)
              .build();
      String workspace =
          client.workspaces().createWorkspace(WorkspaceCreate.builder().name("w").build()).id();
      Path file = Files.writeString(dir.resolve("plugin.py"), "x = 1\n".repeat(100));
      events.lines.clear();

      client.upload(workspace, "mod/plugin.py", file);

      assertThat(events.starting("callEnd"))
          .containsExactly(
              "callEnd operateOnWorkspaceFile 200",
              "callEnd signedUpload 200",
              "callEnd operateOnWorkspaceFile 204");
      assertThat(events.starting("bytesSent signedUpload"))
          .containsExactly("bytesSent signedUpload " + Files.size(file));
      server.assertNoViolations();
    }
  }

  @Test
  void aListenerThatThrowsCannotFailACall() throws Exception {
    EventListener broken =
        new EventListener() {
          @Override
          public void callStart(CallInfo call) {
            throw new IllegalStateException("listener bug");
          }
        };
    BallchasingClient client = emulated.client().eventListener(broken).build();

    assertThat(client.upload(Emulated.replay(dir, "e.replay", 5), null, null).id()).isNotBlank();
  }
}
