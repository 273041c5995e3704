package io.github.ballkit.examples.readme;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.DuplicateReplayException;
import io.github.ballkit.ballchasing.GroupTree;
import io.github.ballkit.ballchasing.JobItem;
import io.github.ballkit.ballchasing.JobListener;
import io.github.ballkit.ballchasing.JobReport;
import io.github.ballkit.ballchasing.StatsCsv;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.GroupCreate;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballchasing.model.PlayerIdentification;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.TeamIdentification;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.UploadOutcome;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.WorkspaceCreate;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.core.ApiResponse;
import io.github.ballkit.core.CallInfo;
import io.github.ballkit.core.EventListener;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.core.RateLimitedException;
import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransferListener;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.micrometer.BallkitMetrics;
import io.github.ballkit.redis.RedisRateLimitStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The code of every snippet in the README, between {@code tag::name[]} and {@code end::name[]}
 * markers: {@code ReadmeSnippetsTest} fails when a README block is not found here verbatim, and
 * runs these methods against the emulators, so the README cannot rot.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Models: built, copied and read. */
  public static List<String> models(BallchasingClient client, String replayId, String parentId) {
    // tag::models[]
    GroupCreate league =
        GroupCreate.builder()
            .name("Spring league")
            .playerIdentification(PlayerIdentification.BY_ID)
            .teamIdentification(TeamIdentification.BY_PLAYER_CLUSTERS)
            .build(); // leaving out a property the spec requires fails here, naming it
    GroupCreate division = league.toBuilder().name("Division 2").parent(parentId).build();

    Replay replay = client.replays().getReplay(replayId);
    String playlist =
        switch (replay.playlistId().known()) {
          case RANKED_DOUBLES -> "2v2";
          case _UNKNOWN -> "new: " + replay.playlistId().value(); // a value this version lacks
          default -> replay.playlistId().value();
        };
    Object extra = replay._additionalProperties().get("new_key"); // keys this version lacks
    // end::models[]
    return List.of(division.name(), division.parent(), playlist, String.valueOf(extra));
  }

  /** Ballchasing quick start. */
  public static List<String> ballchasingQuickStart(String baseUrl, Path replayFile) {
    // tag::ballchasing-quick-start[]
    BallchasingClient client =
        BallchasingClient.builder()
            .token(System.getenv().getOrDefault("BALLCHASING_API_KEY", "demo-token"))
            .baseUrl(baseUrl) // leave out for https://ballchasing.com/api
            .tier(PatronTier.REGULAR) // the rate limits to keep to, from the spec
            .build();

    String id = client.uploadOrGetExisting(replayFile, Visibility.PRIVATE, null);
    Replay replay = client.replays().getReplay(id);
    System.out.println(replay.status() + " " + replay.title());

    List<String> titles =
        client
            .listAllReplays(
                ReplayQuery.builder()
                    .playerName("Quixtic")
                    .playlist(Playlist.RANKED_DOUBLES)
                    .createdAfter(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
                    .build())
            .limit(100)
            .map(ReplaySummary::replayTitle)
            .toList();
    // end::ballchasing-quick-start[]
    return titles;
  }

  /**
   * Several processes on one token, sharing the limits through Redis.
   *
   * @return the client; close the store when done
   */
  public static BallchasingClient sharedRateLimits(
      String redisUri, byte[] keySecret, String token) {
    // tag::shared-rate-limits[]
    // One store per process (one Redis connection) for all its clients; close it at shutdown.
    // Every process of the token uses the same Redis and the same key secret (16+ bytes).
    RedisRateLimitStore store =
        RedisRateLimitStore.builder(redisUri) // e.g. redis://redis.internal:6379, or rediss://...
            .keySecret(keySecret) // names the token's keys in Redis
            .build();
    BallchasingClient client =
        BallchasingClient.builder()
            .token(token)
            .tier(PatronTier.GOLD)
            .rateLimitStore(store)
            .build();
    // end::shared-rate-limits[]
    return client;
  }

  /** Ballistica quick start. */
  public static UploadOutcome ballisticaQuickStart(String baseUrl, Path pluginFile) {
    // tag::ballistica-quick-start[]
    BallisticaClient client =
        BallisticaClient.builder()
            .token(System.getenv().getOrDefault("BALLISTICA_API_KEY", "demo-token"))
            .baseUrl(baseUrl) // leave out for https://www.ballistica.net
            .build();

    AccountResponse me = client.me();
    WorkspaceResponse workspace =
        client.workspaces().createWorkspace(WorkspaceCreate.builder().name("My Mod").build());
    UploadOutcome outcome = client.upload(workspace.id(), "mymod/plugin.py", pluginFile);
    System.out.println(
        me.tag() + " uploaded " + outcome.size() + " bytes: " + outcome.transferred());
    // end::ballistica-quick-start[]
    return outcome;
  }

  /** Configuration. */
  public static BallchasingClient configuration(String baseUrl) {
    // tag::configuration[]
    BallchasingClient client =
        BallchasingClient.builder()
            .token("my-token") // or .environment(System.getenv()): BALLCHASING_API_KEY
            .baseUrl(baseUrl) // or BALLCHASING_BASE_URL
            .tier(PatronTier.GOLD) // or .noRateLimits(), or later: client.withTierFromPing()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(20)) // per attempt
            .callTimeout(Duration.ofMinutes(5)) // whole call: rate-limit waits and retries
            .maxRetries(3) // connection failures and 502/503/504, idempotent calls only
            .build();
    BallchasingClient slowerCopy = client.newBuilder().readTimeout(Duration.ofMinutes(1)).build();
    // end::configuration[]
    return slowerCopy;
  }

  /** Pagination with an iterator. */
  public static List<String> pagination(BallchasingClient client) {
    // tag::pagination[]
    Iterator<ReplaySummary> mine =
        client.iterateReplays(ReplayQuery.builder().uploader("me").count(2).build());
    List<String> firstThree = new ArrayList<>();
    while (mine.hasNext() && firstThree.size() < 3) { // stopping early fetches no further page
      firstThree.add(mine.next().id());
    }
    // end::pagination[]
    return firstThree;
  }

  /** Errors. */
  public static String errors(BallchasingClient client, Path replayFile) {
    // tag::errors[]
    try {
      UploadResult result = client.upload(replayFile, Visibility.PUBLIC, null);
      return result.id();
    } catch (DuplicateReplayException duplicate) {
      return duplicate.id(); // 409: already there
    } catch (NotFoundException | RateLimitedException e) {
      System.err.println(e.status() + " " + e.errorMessage().orElse("") + " " + e.requestId());
      throw e;
    } catch (TransportException e) {
      System.err.println((e.isTimeout() ? "timed out: " : "network: ") + e.getMessage());
      throw e;
    }
    // end::errors[]
  }

  /** Raw access. */
  public static ApiResponse<Replay> rawResponse(BallchasingClient client, String id) {
    // tag::raw-response[]
    ApiResponse<Replay> response = client.exchange(c -> c.replays().getReplay(id));
    System.out.println(response.operation() + " " + response.status() + " " + response.headers());
    Replay replay = response.value();
    // end::raw-response[]
    return replay == null ? null : response;
  }

  /** Downloads. */
  public static long downloads(
      BallchasingClient ballchasing,
      BallisticaClient ballistica,
      String replayId,
      String workspaceId,
      Path dir)
      throws java.io.IOException {
    // tag::downloads[]
    Path replayFile = ballchasing.download(replayId, dir.resolve(replayId + ".replay"));
    try (InputStream in = ballistica.download(workspaceId, "mymod/plugin.py")) {
      long size = in.transferTo(java.io.OutputStream.nullOutputStream());
      System.out.println(replayFile + " and " + size + " bytes streamed");
    }
    // end::downloads[]
    return java.nio.file.Files.size(replayFile);
  }

  /** Group trees: walk, download into a mirroring folder, upload a folder tree. */
  public static List<JobReport> groupTrees(BallchasingClient client, String leagueId, Path dir) {
    // tag::group-trees[]
    GroupTree league = GroupTree.of(client, leagueId);
    league.groups().forEach(group -> System.out.println(String.join(" / ", group.path())));
    long replays = league.replaySummaries().count(); // every replay of every sub-group

    // dir/Week 1/Day 2/<replay id>.replay ...; run it again and only what is missing is fetched
    JobReport downloaded =
        league.downloadTo(dir, (item, done, total) -> System.out.println(done + "/" + total));

    // dir's sub-folders become sub-groups (found by name, or created); duplicates are reported
    JobReport uploaded = league.uploadFrom(dir, Visibility.PRIVATE, JobListener.NONE);
    System.out.println(
        replays + " replays, " + uploaded.items(JobItem.Outcome.DUPLICATE).size() + " known");
    // end::group-trees[]
    return List.of(downloaded, uploaded);
  }

  /** Stats export. */
  public static long statsExport(BallchasingClient client, String groupId, Path csv)
      throws IOException {
    // tag::stats-export[]
    try (Writer out = Files.newBufferedWriter(csv)) {
      long rows = StatsCsv.players().write(GroupTree.of(client, groupId).replays(), out);
      System.out.println(rows + " rows of " + StatsCsv.players().columns().size() + " columns");
      return rows;
    }
    // end::stats-export[]
  }

  /** Progress of one transfer. */
  public static Path progress(
      BallchasingClient client, String replayId, Path dir, Path replayFile) {
    // tag::progress[]
    TransferListener bar =
        new TransferListener() {
          @Override
          public void progress(Transfer transfer, long done, long total) {
            System.out.printf("%s: %d/%d bytes%n", transfer.name(), done, total);
          }

          @Override
          public void rateLimitWait(Transfer transfer, Duration wait) {
            System.out.println("waiting " + wait.toMillis() + " ms for the rate limit");
          }
        };
    Path file = client.download(replayId, dir.resolve(replayId + ".replay"), bar);
    client.upload(replayFile, Visibility.PRIVATE, null, bar); // and uploads, of both APIs
    // end::progress[]
    return file;
  }

  /** Async calls. */
  public static List<Replay> async(BallchasingClient client, List<String> ids) {
    // tag::async[]
    List<CompletableFuture<Replay>> calls =
        ids.stream().map(id -> client.async().replays().getReplay(id)).toList();
    List<Replay> replays = calls.stream().map(CompletableFuture::join).toList();

    CompletableFuture<Long> count =
        client
            .async()
            .call(c -> c.listAllReplays(ReplayQuery.builder().uploader("me").build()).count());
    count.cancel(true); // a cancelled call stops, and gives its rate-limit slot back
    // end::async[]
    return replays;
  }

  /** Event hooks and Micrometer. */
  public static BallchasingClient eventHooks(String baseUrl, MeterRegistry registry) {
    // tag::event-hooks[]
    EventListener log =
        new EventListener() {
          @Override
          public void callEnd(CallInfo call, int status, Duration elapsed) {
            System.out.println(
                call.operation() + " " + status + " in " + elapsed.toMillis() + " ms");
          }

          @Override
          public void limiterWait(CallInfo call, Duration wait) {
            System.out.println(
                call.rateLimitClass() + " limit: waiting " + wait.toMillis() + " ms");
          }
        };
    BallchasingClient logged =
        BallchasingClient.builder().token("my-token").baseUrl(baseUrl).eventListener(log).build();

    BallchasingClient measured = // ballkit-micrometer: ballkit.calls, ballkit.rate.limited, ...
        logged.newBuilder().eventListener(BallkitMetrics.of(registry)).build();
    // end::event-hooks[]
    return measured;
  }
}
