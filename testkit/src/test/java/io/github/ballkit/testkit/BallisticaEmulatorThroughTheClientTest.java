package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.ActiveWorkspaceSelection;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.core.NotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ballistica flows users run, through the real client against the emulator. */
class BallisticaEmulatorThroughTheClientTest {
  private BallisticaEmulator emulator;
  private BallisticaClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = BallisticaEmulator.builder().account("client-token", "Kronk").start();
    client = emulator.client("client-token");
  }

  @AfterEach
  void stop() {
    emulator.assertNoViolations();
    emulator.close();
  }

  private String workspace(String name) {
    return client.workspaces().createWorkspace(WorkspaceCreate.builder().name(name).build()).id();
  }

  @Test
  void meIsTheTokensAccount() {
    assertThat(client.me().tag()).isEqualTo("Kronk");
    assertThat(client.accounts().getAccountByTag("Kronk").id()).isEqualTo(client.me().id());
  }

  @Test
  void uploadListAndDownloadAFile() throws Exception {
    String ws = workspace("Mods");
    Path file = Files.writeString(dir.resolve("plugin.py"), "print('hello')\n");

    var outcome = client.upload(ws, "mymod/plugin.py", file);

    assertThat(outcome.transferred()).isTrue();
    assertThat(client.files().listWorkspaceFiles(ws).entries())
        .extracting(e -> e.path())
        .containsExactly("mymod", "mymod/plugin.py");
    try (InputStream in = client.download(ws, "mymod/plugin.py")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("print('hello')\n");
    }
  }

  @Test
  void knownContentIsNotTransferredAgain() throws Exception {
    String ws = workspace("Dedupe");
    Path file = Files.writeString(dir.resolve("notes.txt"), "same content");
    client.upload(ws, "notes.txt", file);

    var again = client.upload(ws, "copy-of-notes.txt", file);

    assertThat(again.transferred()).isFalse();
    assertThat(client.files().listWorkspaceFiles(ws).entries()).hasSize(2);
  }

  @Test
  void mkdirMoveCopyDelete() throws Exception {
    String ws = workspace("Ops");
    client.upload(ws, "a.txt", Files.writeString(dir.resolve("a.txt"), "a"));

    client.mkdir(ws, "docs");
    client.move(ws, "a.txt", "docs/a.txt");
    client.copy(ws, "docs/a.txt", "b.txt");
    client.delete(ws, "docs");

    assertThat(client.files().listWorkspaceFiles(ws).entries())
        .extracting(e -> e.path())
        .containsExactly("b.txt");
  }

  @Test
  void theActiveWorkspaceIsOptional() {
    String ws = workspace("Synced");

    assertThat(client.activeWorkspace()).isEmpty();
    client
        .workspaces()
        .setActiveWorkspace(ActiveWorkspaceSelection.builder().workspaceId(ws).build());
    assertThat(client.activeWorkspace()).hasValueSatisfying(w -> assertThat(w.id()).isEqualTo(ws));
  }

  @Test
  void anUnknownWorkspaceIsNotFound() {
    assertThatThrownBy(() -> client.workspaces().getWorkspace("ws-missing"))
        .isInstanceOf(NotFoundException.class);
  }
}
