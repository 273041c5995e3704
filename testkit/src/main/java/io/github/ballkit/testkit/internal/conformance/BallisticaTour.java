package io.github.ballkit.testkit.internal.conformance;

import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.ActiveWorkspaceSelection;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.ballistica.model.WorkspaceRename;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.ballistica.model.WorkspacesResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The Ballistica tour: every operation of the spec. Reads use the caller's own account and the
 * first workspace the server lists; with writes, the tour creates a workspace, makes it active and
 * restores the previous active one, uploads a file through the signed-URL flow, reads, downloads
 * and deletes it, and deletes the workspace.
 */
public final class BallisticaTour {
  private static final String DIRECTORY = "ballkit-conformance";
  private static final String FILE = DIRECTORY + "/hello.txt";

  private BallisticaTour() {}

  private static Step<BallisticaClient> read(String operationId, Step.Call<BallisticaClient> call) {
    return Step.read(operationId, call);
  }

  private static Step<BallisticaClient> write(
      String operationId, Step.Call<BallisticaClient> call) {
    return Step.write(operationId, call);
  }

  /**
   * The steps.
   *
   * @return the tour
   */
  public static List<Step<BallisticaClient>> steps() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return List.of(
        read(
            "getAccount",
            (c, v) -> {
              AccountResponse me = c.accounts().getAccount(v.id("account"));
              v.remember("tag", me.tag());
            }),
        read("getAccountByTag", (c, v) -> c.accounts().getAccountByTag(v.id("tag"))),
        read(
            "listWorkspaces",
            (c, v) -> {
              WorkspacesResponse all = c.workspaces().listWorkspaces();
              if (all.workspaces() != null && !all.workspaces().isEmpty()) {
                v.remember("listed-workspace", all.workspaces().get(0).id());
              }
            }),
        write("createWorkspace", (c, v) -> create(c, v, "ballkit conformance " + run))
            .invalid((c, v) -> create(c, v, "")),
        read("getWorkspace", (c, v) -> c.workspaces().getWorkspace(workspace(v))),
        write(
                "renameWorkspace",
                (c, v) -> rename(c, v.id("workspace"), "ballkit conformance " + run + " renamed"))
            .invalid((c, v) -> rename(c, v.id("workspace"), "")),
        read(
            "getActiveWorkspace",
            (c, v) -> {
              WorkspaceResponse active = c.workspaces().getActiveWorkspace();
              v.remember("previous-active", active == null ? "none" : active.id());
            }),
        write(
                "setActiveWorkspace",
                (c, v) -> {
                  c.workspaces().setActiveWorkspace(select(v.id("workspace")));
                  String previous = v.id("previous-active");
                  c.workspaces()
                      .setActiveWorkspace(
                          select(
                              previous.equals("none") || previous.equals("x") ? null : previous));
                })
            .invalid((c, v) -> c.workspaces().setActiveWorkspace(select("ballkit-unknown-ws"))),
        write(
                "operateOnWorkspaceFile",
                (c, v) -> {
                  c.mkdir(v.id("workspace"), DIRECTORY);
                  Path file = Files.createTempFile("ballkit-conformance", ".txt");
                  try {
                    Files.writeString(file, "ballkit conformance " + run, StandardCharsets.UTF_8);
                    c.upload(v.id("workspace"), FILE, file);
                    v.remember("file", FILE);
                  } finally {
                    Files.deleteIfExists(file);
                  }
                })
            .invalid((c, v) -> c.mkdir(v.id("workspace"), DIRECTORY + "/NOT-LOWERCASE")),
        read("listWorkspaceFiles", (c, v) -> c.files().listWorkspaceFiles(workspace(v))),
        read("downloadWorkspaceFile", (c, v) -> drain(c.download(workspace(v), v.id("file")))),
        write("putWorkspaceFile", BallisticaTour::put),
        write(
            "deleteWorkspaceFile",
            (c, v) -> {
              c.files().deleteWorkspaceFile(v.id("workspace"), v.id("file"));
              v.removed("file");
            }),
        read("getPrefabSymbols", (c, v) -> c.prefabs().getPrefabSymbols(v.id("exe"))),
        write(
            "deleteWorkspace",
            (c, v) -> {
              c.workspaces().deleteWorkspace(v.id("workspace"));
              v.removed("workspace");
            }));
  }

  /** The removed buffered PUT: still in the spec, so the tour calls it (its answer is checked). */
  @SuppressWarnings("deprecation")
  private static void put(BallisticaClient c, Values<BallisticaClient> v) {
    String path = DIRECTORY + "/put.txt";
    c.files().putWorkspaceFile(v.id("workspace"), path, "ballkit".getBytes(StandardCharsets.UTF_8));
  }

  private static void create(BallisticaClient c, Values<BallisticaClient> v, String name) {
    String id = c.workspaces().createWorkspace(WorkspaceCreate.builder().name(name).build()).id();
    v.created("workspace", id, client -> client.workspaces().deleteWorkspace(id));
  }

  private static void rename(BallisticaClient c, String workspaceId, String name) {
    c.workspaces().renameWorkspace(workspaceId, WorkspaceRename.builder().name(name).build());
  }

  private static ActiveWorkspaceSelection select(String workspaceId) {
    return ActiveWorkspaceSelection.builder().workspaceId(workspaceId).build();
  }

  private static String workspace(Values<BallisticaClient> v) {
    return v.id("workspace", "listed-workspace");
  }

  private static void drain(InputStream in) throws IOException {
    try (in) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  /**
   * Seeds the runner with the spec's example ids.
   *
   * @param runner the runner
   */
  public static void examples(TourRunner<BallisticaClient> runner) {
    runner
        .example("account", "getAccount", "account_id")
        .example("tag", "getAccountByTag", "tag")
        .example("workspace", "getWorkspace", "workspace_id")
        .example("file", "downloadWorkspaceFile", "file_path")
        .example("exe", "getPrefabSymbols", "exe_sha256");
  }
}
