package io.github.ballkit.testkit.internal.conformance;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.GroupPage;
import io.github.ballkit.ballchasing.model.GroupUpdate;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballchasing.model.ReplayUpdate;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.testkit.internal.ApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The ballchasing.com tour: every operation of the spec, reads first, then (with writes) an upload
 * that the later steps read, change, download and finally delete, and a group made and removed the
 * same way. Ids come from what the server lists or creates, else from the spec's examples; page
 * sizes and the invalid {@code count} come from the spec's {@code Count} parameter.
 */
public final class BallchasingTour {
  private BallchasingTour() {}

  private static Step<BallchasingClient> read(
      String operationId, Step.Call<BallchasingClient> call) {
    return Step.read(operationId, call);
  }

  private static Step<BallchasingClient> write(
      String operationId, Step.Call<BallchasingClient> call) {
    return Step.write(operationId, call);
  }

  /**
   * The steps.
   *
   * @param spec the ballchasing spec
   * @param replayFile a real replay to upload, or null for synthetic bytes
   * @return the tour
   * @throws IOException when the replay file cannot be read
   */
  public static List<Step<BallchasingClient>> steps(ApiSpec spec, Path replayFile)
      throws IOException {
    Limits count = Limits.of(spec, "listReplays", "count");
    byte[] replay =
        replayFile != null
            ? Files.readAllBytes(replayFile)
            : ("ballkit conformance " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    String fileName = replayFile != null ? replayFile.getFileName().toString() : "ballkit.replay";
    String run = UUID.randomUUID().toString().substring(0, 8);
    return List.of(
        read("ping", (c, v) -> c.misc().ping()),
        read("listMaps", (c, v) -> c.misc().listMaps()),
        write(
                "uploadReplay",
                (c, v) -> {
                  String id = c.upload(fileName, replay, Visibility.PRIVATE, null).id();
                  v.created("replay", id, client -> client.replays().deleteReplay(id));
                })
            .also(
                "same file again",
                409,
                (c, v) -> c.upload(fileName, replay, Visibility.PRIVATE, null)),
        read(
                "listReplays",
                (c, v) -> {
                  ReplayPage page = c.replays().listReplays(query(count.small()));
                  if (page.list() != null && !page.list().isEmpty()) {
                    v.remember("listed-replay", page.list().get(0).id());
                  }
                })
            .invalid((c, v) -> c.replays().listReplays(query(count.belowMinimum()))),
        read("getReplay", (c, v) -> c.replays().getReplay(replay(v))),
        read("downloadReplay", (c, v) -> drain(c.download(replay(v)))),
        write(
            "updateReplay",
            (c, v) ->
                c.replays()
                    .updateReplay(
                        v.id("replay"),
                        ReplayUpdate.builder().title("ballkit conformance " + run).build())),
        write(
            "createGroup",
            (c, v) -> {
              String id =
                  c.groups()
                      .createGroup(
                          GroupCreate.builder()
                              .name("ballkit conformance " + run)
                              .playerIdentification(PlayerIdentification.BY_ID)
                              .teamIdentification(TeamIdentification.BY_DISTINCT_PLAYERS)
                              .build())
                      .id();
              v.created("group", id, client -> client.groups().deleteGroup(id));
            }),
        read(
                "listGroups",
                (c, v) -> {
                  GroupPage page =
                      c.groups().listGroups(GroupQuery.builder().count(count.small()).build());
                  if (page.list() != null && !page.list().isEmpty()) {
                    v.remember("listed-group", page.list().get(0).id());
                  }
                })
            .invalid(
                (c, v) ->
                    c.groups()
                        .listGroups(GroupQuery.builder().count(count.belowMinimum()).build())),
        read("getGroup", (c, v) -> c.groups().getGroup(group(v))),
        write(
            "updateGroup",
            (c, v) ->
                c.groups().updateGroup(v.id("group"), GroupUpdate.builder().shared(false).build())),
        write(
            "deleteReplay",
            (c, v) -> {
              c.replays().deleteReplay(v.id("replay"));
              v.removed("replay");
            }),
        write(
            "deleteGroup",
            (c, v) -> {
              c.groups().deleteGroup(v.id("group"));
              v.removed("group");
            }));
  }

  /** The replay the tour uploaded, else one the server listed, else the spec's example. */
  private static String replay(Values<BallchasingClient> v) {
    return v.id("replay", "listed-replay");
  }

  private static String group(Values<BallchasingClient> v) {
    return v.id("group", "listed-group");
  }

  private static ReplayQuery query(int count) {
    return ReplayQuery.builder().count(count).build();
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
  public static void examples(TourRunner<BallchasingClient> runner) {
    runner.example("replay", "getReplay", "id").example("group", "getGroup", "id");
  }
}
