package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.UploadOutcome;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and downloads of both APIs report their bytes and their rate-limit waits. */
class TransferProgressTest {
  private final Emulated emulated = new Emulated();
  @TempDir Path dir;

  @AfterEach
  void close() {
    emulated.close();
  }

  private static void assertGrowsTo(RecordedTransfers transfers, long size) {
    assertThat(transfers.done).isNotEmpty().isSorted();
    assertThat(transfers.done.get(transfers.done.size() - 1)).isEqualTo(size);
    assertThat(transfers.total).isEqualTo(size);
  }

  @Test
  void aReplayUploadReportsItsBodyUpToItsSize() throws Exception {
    BallchasingClient client = emulated.client().build();
    Path file = Emulated.replay(dir, "up.replay", 40);
    RecordedTransfers transfers = new RecordedTransfers();

    client.upload(file, null, null, transfers);

    // the multipart body: the file plus its part's headers
    assertThat(transfers.total).isGreaterThan(Files.size(file));
    assertGrowsTo(transfers, transfers.total);
    assertThat(transfers.starting("finished"))
        .containsExactly("finished upload up.replay " + transfers.total);
  }

  @Test
  void aReplayDownloadReportsItsBytesAndItsRateLimitWait() throws Exception {
    BallchasingClient client = emulated.client().build();
    Path file = Emulated.replay(dir, "down.replay", 41);
    String id = client.upload(file, null, null).id();
    client.download(id, dir.resolve("first.replay")); // the regular tier downloads 1 per second
    RecordedTransfers transfers = new RecordedTransfers();

    client.download(id, dir.resolve("second.replay"), transfers);

    assertThat(transfers.lines.get(0)).startsWith("wait download " + id);
    assertGrowsTo(transfers, Files.size(file));
    assertThat(transfers.starting("finished"))
        .containsExactly("finished download " + id + " " + Files.size(file));
    assertThat(dir.resolve("second.replay")).hasSameBinaryContentAs(file);
  }

  @Test
  void aBallisticaUploadReportsItsSignedPutAndNothingWhenTheServerHasTheFile() throws Exception {
    try (BallisticaEmulator server = BallisticaEmulator.start()) {
      BallisticaClient client = server.client();
      String workspace =
          client.workspaces().createWorkspace(WorkspaceCreate.builder().name("w").build()).id();
      byte[] content = new byte[100_000];
      new Random(5).nextBytes(content);
      Path file = Files.write(dir.resolve("levels.bstr"), content);
      RecordedTransfers first = new RecordedTransfers();
      RecordedTransfers again = new RecordedTransfers();

      UploadOutcome sent = client.upload(workspace, "mod/levels.bstr", file, first);
      UploadOutcome skipped = client.upload(workspace, "mod/copy.bstr", file, again);

      assertThat(sent.transferred()).isTrue();
      assertGrowsTo(first, content.length);
      assertThat(first.starting("finished"))
          .containsExactly("finished upload mod/levels.bstr " + content.length);
      assertThat(skipped.transferred()).isFalse();
      assertThat(again.lines).containsExactly("finished upload mod/copy.bstr 0");
      server.assertNoViolations();
    }
  }

  @Test
  void aBallisticaDownloadReportsItsBytes() throws Exception {
    try (BallisticaEmulator server = BallisticaEmulator.start()) {
      BallisticaClient client = server.client();
      String workspace =
          client.workspaces().createWorkspace(WorkspaceCreate.builder().name("w").build()).id();
      Path file = Files.writeString(dir.resolve("plugin.py"), "print('hello')\n".repeat(500));
      client.upload(workspace, "mod/plugin.py", file);
      RecordedTransfers transfers = new RecordedTransfers();

      client.download(workspace, "mod/plugin.py", dir.resolve("back.py"), transfers);

      assertGrowsTo(transfers, Files.size(file));
      assertThat(dir.resolve("back.py")).hasSameTextualContentAs(file);
      server.assertNoViolations();
    }
  }
}
