package io.github.ballkit.ballchasing;

import io.github.ballkit.ballchasing.api.GroupsApi;
import io.github.ballkit.ballchasing.api.MiscApi;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.model.GroupPage;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.PatronTier;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.ApiClient;
import io.github.ballkit.core.ClientBuilder;
import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransferListener;
import io.github.ballkit.core.internal.Downloads;
import io.github.ballkit.core.internal.Pages;
import io.github.ballkit.core.internal.PathGuard;
import io.github.ballkit.core.internal.TransferTracker;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The ballchasing.com client: replays, groups, uploads, downloads and maps.
 *
 * <pre>{@code
 * BallchasingClient client = BallchasingClient.builder()
 *     .token(System.getenv("BALLCHASING_API_KEY"))
 *     .tier(PatronTier.GOLD)
 *     .build();
 * client.listAllReplays(ReplayQuery.builder().playerName("Quixtic").build())
 *     .limit(500)
 *     .forEach(replay -> System.out.println(replay.replayTitle()));
 * }</pre>
 *
 * <p>Sends the raw token in {@code Authorization}, keeps to the spec's per-tier rate limits before
 * sending (shared by every client of the token in this JVM), waits out 429s within the call's
 * deadline, retries idempotent calls after connection failures and 502/503/504, and throws the
 * typed exceptions of {@code io.github.ballkit.core}. Thread-safe; build one and share it.
 */
public final class BallchasingClient
    extends ApiClient<BallchasingClient, BallchasingClient.Builder> {
  /** The environment variable {@link #fromEnv()} reads the token from. */
  public static final String TOKEN_VARIABLE = "BALLCHASING_API_KEY";

  /** The environment variable {@link #fromEnv()} reads a different server URL from. */
  public static final String BASE_URL_VARIABLE = "BALLCHASING_BASE_URL";

  /**
   * The largest replay {@code upload} sends: 64 MiB. Replays are a few MB; the multipart body is
   * built in memory, so the cap keeps a wrong file or an endless stream from filling the heap. A
   * larger replay fails with {@link ReplayTooLargeException} before anything is sent.
   */
  public static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

  private final PatronTier tier;
  // Made on first use: the async view's classes stay unloaded for clients that never ask for it.
  private volatile BallchasingAsync async;
  private final Object asyncLock = new Object();

  private BallchasingClient(Builder builder) {
    super(builder);
    this.tier = builder.tier;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from {@code BALLCHASING_API_KEY} and, if set, {@code BALLCHASING_BASE_URL}.
   *
   * @return the client, limited as the {@code regular} tier until told otherwise
   * @throws IllegalStateException when the token is not set
   */
  public static BallchasingClient fromEnv() {
    return builder().environment(System.getenv()).build();
  }

  /**
   * Replay operations: search, get, patch, delete, upload and download.
   *
   * @return the generated interface
   */
  public ReplaysApi replays() {
    return api(ReplaysApi.class);
  }

  /**
   * Replay group operations.
   *
   * @return the generated interface
   */
  public GroupsApi groups() {
    return api(GroupsApi.class);
  }

  /**
   * Ping and maps.
   *
   * @return the generated interface
   */
  public MiscApi misc() {
    return api(MiscApi.class);
  }

  /**
   * Checks the token and returns who it belongs to, with the Patreon tier in {@code type}.
   *
   * @return the ping answer
   */
  public Ping ping() {
    return misc().ping();
  }

  /**
   * Pings, and returns a client (sharing this one's connection pool) limited as the tier the server
   * reports for the token.
   *
   * @return a client for the token's real tier
   */
  public BallchasingClient withTierFromPing() {
    Ping ping = ping();
    PatronTier tier = ping == null || ping.type() == null ? PatronTier.REGULAR : ping.type();
    return newBuilder().tier(tier).build();
  }

  /**
   * Streams every replay matching the query, across all pages, fetching a page only when the stream
   * needs it. Each page is requested with your filters plus the cursor, so filters are never lost,
   * and every page request is rate limited. A cursor you set with {@code after} is where the first
   * page starts.
   *
   * @param query the filters; {@code count} sets the page size (1 to 200)
   * @return a lazy stream; stop early with {@code limit} or {@code takeWhile}
   * @throws io.github.ballkit.core.MalformedResponseException from the stream, when a page's {@code
   *     next} URL is not a URL or carries no {@code after} cursor
   */
  public Stream<ReplaySummary> listAllReplays(ReplaysApi.ReplayQuery query) {
    return Pages.stream(iterateReplays(query));
  }

  /**
   * Iterates over every replay matching the query, across all pages, as {@link
   * #listAllReplays(ReplaysApi.ReplayQuery)} streams them: a page is fetched only when {@code
   * hasNext()} needs it, so stopping early fetches no more pages.
   *
   * <pre>{@code
   * ReplayQuery query = ReplayQuery.builder().uploader("me").build();
   * Iterator<ReplaySummary> mine = client.iterateReplays(query);
   * while (mine.hasNext()) {
   *   ReplaySummary replay = mine.next();
   *   if (replay.replayTitle().startsWith("Final")) {
   *     break; // no further page is fetched
   *   }
   * }
   * }</pre>
   *
   * @param query the filters; {@code count} sets the page size, {@code after} the first page
   * @return a lazy iterator; not thread-safe
   */
  public Iterator<ReplaySummary> iterateReplays(ReplaysApi.ReplayQuery query) {
    ReplaysApi.ReplayQuery filters = Objects.requireNonNull(query, "query");
    return Pages.iterator(
        "listReplays",
        filters.after(),
        after -> replays().listReplays(filters.toBuilder().after(after).build()),
        ReplayPage::list,
        ReplayPage::next);
  }

  /**
   * Streams every group matching the query, across all pages, lazily. A cursor you set with {@code
   * after} is where the first page starts.
   *
   * @param query the filters
   * @return a lazy stream
   */
  public Stream<GroupSummary> listAllGroups(GroupsApi.GroupQuery query) {
    return Pages.stream(iterateGroups(query));
  }

  /**
   * Iterates over every group matching the query, across all pages, fetching a page only when
   * {@code hasNext()} needs it.
   *
   * @param query the filters; {@code after} sets the first page
   * @return a lazy iterator; not thread-safe
   */
  public Iterator<GroupSummary> iterateGroups(GroupsApi.GroupQuery query) {
    GroupsApi.GroupQuery filters = Objects.requireNonNull(query, "query");
    return Pages.iterator(
        "listGroups",
        filters.after(),
        after -> groups().listGroups(filters.toBuilder().after(after).build()),
        GroupPage::list,
        GroupPage::next);
  }

  /**
   * Uploads a replay file.
   *
   * @param replay the {@code .replay} file
   * @param visibility the visibility, or {@code null} for the server's default ({@code public})
   * @param group a group id to add it to, or {@code null}
   * @return the new replay's id and page
   * @throws DuplicateReplayException when the replay is already on ballchasing.com
   * @throws ReplayTooLargeException when the file has more than {@link #MAX_UPLOAD_BYTES}
   */
  public UploadResult upload(Path replay, @Nullable Visibility visibility, @Nullable String group) {
    return upload(replay, visibility, group, TransferListener.NONE);
  }

  /**
   * Uploads a replay file, reporting the bytes sent and any rate-limit wait to a listener.
   *
   * @param replay the {@code .replay} file
   * @param visibility the visibility, or {@code null} for the server's default ({@code public})
   * @param group a group id to add it to, or {@code null}
   * @param listener hears the progress; the transfer is named after the file and its size is that
   *     of the multipart body sent
   * @return the new replay's id and page
   * @throws DuplicateReplayException when the replay is already on ballchasing.com
   * @throws ReplayTooLargeException when the file has more than {@link #MAX_UPLOAD_BYTES}
   */
  public UploadResult upload(
      Path replay,
      @Nullable Visibility visibility,
      @Nullable String group,
      TransferListener listener) {
    return ReplayUploads.fromFile(replays(), replay, visibility, group, listener);
  }

  /**
   * Uploads a replay read from a stream (read fully first, up to {@link #MAX_UPLOAD_BYTES}: replays
   * are a few MB).
   *
   * @param fileName the file name to send, e.g. {@code game.replay}
   * @param replay the content; not closed
   * @param visibility the visibility, or {@code null}
   * @param group a group id, or {@code null}
   * @return the new replay's id and page
   * @throws DuplicateReplayException when the replay is already on ballchasing.com
   * @throws ReplayTooLargeException when the stream has more than {@link #MAX_UPLOAD_BYTES}
   */
  public UploadResult upload(
      String fileName,
      InputStream replay,
      @Nullable Visibility visibility,
      @Nullable String group) {
    return ReplayUploads.fromStream(replays(), fileName, replay, visibility, group);
  }

  /**
   * Uploads a replay held in memory.
   *
   * @param fileName the file name to send, e.g. {@code game.replay}
   * @param replay the content
   * @param visibility the visibility, or {@code null}
   * @param group a group id, or {@code null}
   * @return the new replay's id and page
   * @throws DuplicateReplayException when the replay is already on ballchasing.com
   * @throws ReplayTooLargeException when it is larger than {@link #MAX_UPLOAD_BYTES}
   */
  public UploadResult upload(
      String fileName, byte[] replay, @Nullable Visibility visibility, @Nullable String group) {
    return ReplayUploads.fromBytes(replays(), fileName, replay, visibility, group);
  }

  /**
   * Uploads a replay and returns its id, whether it was new or already there.
   *
   * @param replay the {@code .replay} file
   * @param visibility the visibility, or {@code null}
   * @param group a group id, or {@code null}
   * @return the replay's id
   */
  public String uploadOrGetExisting(
      Path replay, @Nullable Visibility visibility, @Nullable String group) {
    try {
      return upload(replay, visibility, group).id();
    } catch (DuplicateReplayException duplicate) {
      return duplicate.id();
    }
  }

  /**
   * Opens a replay's {@code .replay} file. The bytes stream as you read; close the stream. A read
   * that gets no data for the read timeout fails with a {@link java.net.http.HttpTimeoutException}.
   * The call timeout covers the download until its headers arrive, not the reading of the body.
   *
   * @param replayId the replay
   * @return the file's bytes
   */
  public InputStream download(String replayId) {
    return bodyOrThrow("downloadReplay", replays().downloadReplay(replayId));
  }

  /**
   * Downloads a replay's file to a local file (written to a temporary sibling, then moved).
   *
   * @param replayId the replay
   * @param target the local file
   * @return {@code target}
   */
  public Path download(String replayId, Path target) {
    return download(replayId, target, TransferListener.NONE);
  }

  /**
   * Downloads a replay's file to a local file, reporting the bytes received and any rate-limit wait
   * to a listener.
   *
   * @param replayId the replay, which names the transfer
   * @param target the local file
   * @param listener hears the progress; the total is the response's {@code Content-Length}
   * @return {@code target}
   */
  public Path download(String replayId, Path target, TransferListener listener) {
    return TransferTracker.run(
        listener,
        new Transfer(
            Transfer.Direction.DOWNLOAD,
            PathGuard.requireNonEmpty("downloadReplay", "id", replayId)),
        "downloadReplay",
        -1,
        tracker -> Downloads.toFile("downloadReplay", download(replayId), target));
  }

  /**
   * Returns this client's calls as {@link java.util.concurrent.CompletableFuture}s, run on its
   * async executor with the same rate limits, retries and deadlines.
   *
   * @return the async view of this client
   */
  public BallchasingAsync async() {
    BallchasingAsync view = async;
    if (view == null) {
      synchronized (asyncLock) {
        view = async;
        if (view == null) {
          view = new BallchasingAsync(this);
          async = view;
        }
      }
    }
    return view;
  }

  /** Runs calls on the async executor, for {@link BallchasingAsync}. */
  <T> CompletableFuture<T> submit(Supplier<T> call) {
    return submitAsync(call);
  }

  /**
   * Returns the tier whose limits this client keeps to.
   *
   * @return the tier, empty when client-side limiting is off
   */
  public java.util.Optional<PatronTier> tier() {
    return java.util.Optional.ofNullable(tier);
  }

  /** For {@link TreeDownload}: a download's body, or the typed error its status means. */
  InputStream downloadBody(String operation, feign.Response response) {
    return bodyOrThrow(operation, response);
  }

  @Override
  public String toString() {
    return "BallchasingClient[" + baseUrl() + ", tier=" + tier + "]";
  }

  /** Options of a {@link BallchasingClient}. */
  public static final class Builder extends ClientBuilder<Builder, BallchasingClient> {
    private PatronTier tier = PatronTier.REGULAR;

    private Builder() {
      super(TOKEN_VARIABLE, BASE_URL_VARIABLE, BallchasingApi.DEFINITION);
    }

    /**
     * Sets the Patreon tier whose rate limits (from the spec) the client keeps to. Default {@code
     * regular}, the lowest; {@link BallchasingClient#withTierFromPing()} learns the real one.
     *
     * @param tier the tier
     * @return this builder
     */
    public Builder tier(PatronTier tier) {
      this.tier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    /**
     * Turns client-side rate limiting off (429s are still honoured). For servers without limits,
     * such as a local mock.
     *
     * @return this builder
     */
    public Builder noRateLimits() {
      this.tier = null;
      return this;
    }

    @Override
    protected @Nullable String rateLimitTier() {
      return tier == null ? null : tier.value();
    }

    @Override
    public BallchasingClient build() {
      return new BallchasingClient(this);
    }
  }
}
