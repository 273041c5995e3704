package io.github.ballkit.testkit.internal.emulator.ballchasing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ballkit.ballchasing.model.DuplicateReplay;
import io.github.ballkit.ballchasing.model.GroupCreated;
import io.github.ballkit.ballchasing.model.GroupPage;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.testkit.Api;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.emulator.ApiError;
import io.github.ballkit.testkit.internal.emulator.Emulator;
import io.github.ballkit.testkit.internal.emulator.EmulatorRequest;
import io.github.ballkit.testkit.internal.emulator.EmulatorResponse;
import io.github.ballkit.testkit.internal.emulator.Routes;
import io.github.ballkit.testkit.internal.emulator.Tokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The ballchasing.com emulator: ping, upload (with duplicate detection), replays that become {@code
 * ok} after a processing delay, search with the real filters and cursor paging, groups with
 * parents, maps, and per-tier rate limits. One lock guards all state.
 */
public final class BallchasingService implements Emulator {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The token of the user who uploaded the seed data ({@link #seed(int)}). */
  public static final String SEED_TOKEN = "ballkit-seed";

  private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private");

  private final ApiSpec spec = ApiSpec.of(Api.BALLCHASING);
  private final Routes routes = new Routes(spec);
  private final Catalog catalog = new Catalog(spec);
  private final Clock clock;
  private final String tier;
  private final Duration processingDelay;
  private final Users users;
  private final RateLimits rateLimits;
  private final Map<String, ReplayRecord> replays = new LinkedHashMap<>();
  private final Map<String, String> replayIdBySha = new LinkedHashMap<>();
  private final GroupStore groups;
  private final Bodies bodies =
      new Bodies(
          new Bodies.State() {
            @Override
            public boolean processed(ReplayRecord replay) {
              return BallchasingService.this.processed(replay);
            }

            @Override
            public GroupRecord groupOrNull(String id) {
              return groups.get(id);
            }

            @Override
            public List<String> descendants(String groupId) {
              return groups.descendants(groupId);
            }

            @Override
            public List<ReplayRecord> replaysIn(List<String> groupIds) {
              return BallchasingService.this.replaysIn(groupIds);
            }
          });

  /**
   * Creates the emulator.
   *
   * @param clock the clock (processing delay and rate-limit windows run on it)
   * @param tier the patron tier whose limits apply (a row or alias of {@code x-rate-limits})
   * @param processingDelay how long an upload stays {@code pending}
   * @param userNames Steam names by token, for tokens the test wants to name
   */
  public BallchasingService(
      Clock clock, String tier, Duration processingDelay, Map<String, String> userNames) {
    this.clock = clock;
    this.tier = tier;
    this.processingDelay = processingDelay;
    this.users = new Users(userNames);
    this.groups = new GroupStore(clock);
    this.rateLimits = new RateLimits(spec, tier, clock);
  }

  @Override
  public synchronized EmulatorResponse handle(EmulatorRequest request, String rootUrl) {
    try {
      Routes.Route route =
          routes
              .route(request.method(), request.rawPath())
              .orElseThrow(() -> new ApiError(404, "", "not found"));
      String token = request.header("Authorization").map(String::trim).orElse("");
      if (token.isEmpty()) {
        throw new ApiError(401, "", "missing API key");
      }
      if (Tokens.refused(token)) {
        throw new ApiError(401, "", "invalid API key");
      }
      User caller = users.forToken(token);
      String rateClass = route.operation().rateLimitClass().orElse("none");
      Optional<Duration> wait = rateLimits.acquire(token, rateClass);
      if (wait.isPresent()) {
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        return error(429, "rate limit exceeded").withHeader("Retry-After", Long.toString(seconds));
      }
      return dispatch(route, request, caller, rootUrl + spec.basePath());
    } catch (ApiError e) {
      return error(e.status(), e.getMessage());
    } catch (RuntimeException bug) {
      return error(500, "emulator fault: " + bug);
    }
  }

  private static EmulatorResponse error(int status, String message) {
    return EmulatorResponse.json(status, Bodies.error(status, message));
  }

  /** What answers one operation. */
  @FunctionalInterface
  private interface Handler {
    EmulatorResponse handle(
        Routes.Route route, EmulatorRequest request, User caller, String apiUrl);
  }

  /** The operations this emulator serves, by operationId. */
  private final Map<String, Handler> handlers =
      Map.ofEntries(
          Map.entry("ping", (route, request, caller, apiUrl) -> ping(caller)),
          Map.entry(
              "listMaps",
              (route, request, caller, apiUrl) -> EmulatorResponse.json(200, catalog.maps)),
          Map.entry(
              "uploadReplay", (route, request, caller, apiUrl) -> upload(request, caller, apiUrl)),
          Map.entry(
              "listReplays",
              (route, request, caller, apiUrl) -> listReplays(request, caller, apiUrl)),
          Map.entry(
              "getReplay",
              (route, request, caller, apiUrl) ->
                  EmulatorResponse.json(200, bodies.replay(visibleReplay(route, caller), apiUrl))),
          Map.entry(
              "updateReplay",
              (route, request, caller, apiUrl) ->
                  updateReplay(ownReplay(route, caller), request, caller)),
          Map.entry(
              "deleteReplay",
              (route, request, caller, apiUrl) -> deleteReplay(ownReplay(route, caller))),
          Map.entry(
              "downloadReplay",
              (route, request, caller, apiUrl) ->
                  EmulatorResponse.bytes(visibleReplay(route, caller).bytes)),
          Map.entry(
              "createGroup",
              (route, request, caller, apiUrl) -> createGroup(request, caller, apiUrl)),
          Map.entry(
              "listGroups",
              (route, request, caller, apiUrl) -> listGroups(request, caller, apiUrl)),
          Map.entry("getGroup", (route, request, caller, apiUrl) -> getGroup(route, apiUrl)),
          Map.entry(
              "updateGroup",
              (route, request, caller, apiUrl) ->
                  updateGroup(ownGroup(route, caller), request, caller)),
          Map.entry(
              "deleteGroup",
              (route, request, caller, apiUrl) -> deleteGroup(ownGroup(route, caller))));

  @Override
  public Set<String> servedOperations() {
    return handlers.keySet();
  }

  private EmulatorResponse dispatch(
      Routes.Route route, EmulatorRequest request, User caller, String apiUrl) {
    Handler handler = handlers.get(route.operation().id());
    if (handler == null) {
      throw new ApiError(404, "", "not emulated: " + route.operation().id());
    }
    return handler.handle(route, request, caller, apiUrl);
  }

  // ------------------------------------------------------------------ misc

  private EmulatorResponse ping(User caller) {
    if (caller.token().startsWith("g/")) {
      throw new ApiError(401, "", "invalid API key");
    }
    return EmulatorResponse.json(200, Bodies.ping(caller, tier));
  }

  // ------------------------------------------------------------------ replays

  private EmulatorResponse upload(EmulatorRequest request, User caller, String apiUrl) {
    EmulatorRequest.Part file = request.parts().get("file");
    if (file == null) {
      throw new ApiError(400, "", "missing \"file\" part");
    }
    if (file.fileName() == null || !file.fileName().endsWith(".replay")) {
      throw new ApiError(400, "", "\"file\" not a .replay file");
    }
    String visibility = request.param("visibility").orElse("public");
    if (!VISIBILITIES.contains(visibility)) {
      throw new ApiError(400, "", "invalid visibility");
    }
    String groupId = request.param("group").orElse(null);
    if (groupId != null) {
      groups.own(groupId, caller);
    }
    String sha = HexFormat.of().formatHex(SyntheticReplay.sha256(file.bytes()));
    String website = apiUrl.substring(0, apiUrl.length() - spec.basePath().length()) + "/replay/";
    String existing = replayIdBySha.get(sha);
    if (existing != null) {
      return EmulatorResponse.json(
          409,
          DuplicateReplay.builder()
              .error("duplicate replay")
              .id(existing)
              .location(website + existing)
              .build());
    }
    Instant now = clock.instant();
    String title = file.fileName().substring(0, file.fileName().length() - ".replay".length());
    String id =
        store(
            file.bytes(),
            title,
            visibility,
            groupId,
            caller,
            now,
            new SyntheticReplay(file.bytes(), caller, now, catalog));
    return EmulatorResponse.json(201, UploadResult.builder().id(id).location(website + id).build());
  }

  private String store(
      byte[] bytes,
      String title,
      String visibility,
      String groupId,
      User uploader,
      Instant created,
      SyntheticReplay content) {
    String sha = content.sha256;
    String id =
        UUID.nameUUIDFromBytes(sha.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    replays.put(
        id, new ReplayRecord(id, uploader, bytes, title, visibility, groupId, created, content));
    replayIdBySha.put(sha, id);
    return id;
  }

  /**
   * Adds sample data: public, processed replays uploaded by the user of {@link #SEED_TOKEN}, one
   * playlist after another (every playlist of the spec), every other one with a pro player, filed
   * in a group {@code Seed League} and its two child groups.
   *
   * @param count how many replays
   */
  public synchronized void seed(int count) {
    User seeder = users.forToken(SEED_TOKEN);
    Instant now = clock.instant();
    String league = groups.newGroup("Seed League", seeder, null, "by-id", "by-distinct-players").id;
    List<String> homes =
        List.of(
            groups.newGroup("Seed League Week 1", seeder, league, "by-id", "by-distinct-players")
                .id,
            groups.newGroup("Seed League Week 2", seeder, league, "by-name", "by-distinct-players")
                .id,
            league);
    for (int i = 0; i < count; i++) {
      byte[] bytes = ("ballkit seed replay " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Instant created = now.minus(processingDelay).minus(Duration.ofMinutes(count - i));
      String playlist = catalog.playlists.get(i % catalog.playlists.size());
      store(
          bytes,
          "Seed replay " + (i + 1),
          "public",
          homes.get(i % homes.size()),
          seeder,
          created,
          new SyntheticReplay(bytes, seeder, created, catalog, playlist, i % 2 == 0));
    }
  }

  private boolean processed(ReplayRecord r) {
    return !clock.instant().isBefore(r.created.plus(processingDelay));
  }

  private ReplayRecord visibleReplay(Routes.Route route, User caller) {
    ReplayRecord r = replays.get(route.param("id"));
    if (r == null || !r.visibleTo(caller)) {
      throw new ApiError(404, "", "not found");
    }
    return r;
  }

  private ReplayRecord ownReplay(Routes.Route route, User caller) {
    ReplayRecord r = visibleReplay(route, caller);
    if (!r.uploader.equals(caller)) {
      throw new ApiError(404, "", "not found");
    }
    return r;
  }

  private EmulatorResponse updateReplay(ReplayRecord r, EmulatorRequest request, User caller) {
    JsonNode body = jsonBody(request);
    if (body.has("title")) {
      r.title = body.get("title").asText();
    }
    if (body.has("visibility")) {
      String visibility = body.get("visibility").asText();
      if (!VISIBILITIES.contains(visibility)) {
        throw new ApiError(400, "", "invalid visibility");
      }
      r.visibility = visibility;
    }
    if (body.has("group")) {
      String groupId = body.get("group").asText();
      if (!groupId.isEmpty()) {
        groups.own(groupId, caller);
      }
      r.groupId = groupId.isEmpty() ? null : groupId;
    }
    return EmulatorResponse.empty(204);
  }

  private EmulatorResponse deleteReplay(ReplayRecord r) {
    replays.remove(r.id);
    replayIdBySha.values().remove(r.id);
    return EmulatorResponse.empty(204);
  }

  private EmulatorResponse listReplays(EmulatorRequest request, User caller, String apiUrl) {
    Predicate<ReplayRecord> filter = new ReplayFilter(request, caller, catalog).build();
    List<ReplayRecord> matching =
        replays.values().stream()
            .filter(r -> r.listedFor(caller) && processed(r))
            .filter(filter)
            .toList();
    boolean byReplayDate = request.param("sort-by").orElse("upload-date").equals("replay-date");
    Paging.Page<ReplayRecord> page =
        Paging.page(
            matching,
            r ->
                new Paging.Position(
                    Paging.timeKey(byReplayDate ? r.content.date.toInstant() : r.created), r.id),
            !request.param("sort-dir").orElse("desc").equals("asc"),
            request);
    ReplayPage.Builder body =
        ReplayPage.builder()
            .count(matching.size())
            .list(page.items().stream().map(r -> bodies.summary(r, apiUrl)).toList());
    if (page.nextCursor() != null) {
      body.next(Paging.nextUrl(apiUrl + "/replays", request, page.nextCursor()));
    }
    return EmulatorResponse.json(200, body.build());
  }

  // ------------------------------------------------------------------ groups

  private EmulatorResponse getGroup(Routes.Route route, String apiUrl) {
    return EmulatorResponse.json(200, bodies.group(groups.group(route.param("id")), apiUrl));
  }

  private GroupRecord ownGroup(Routes.Route route, User caller) {
    return groups.own(route.param("id"), caller);
  }

  private EmulatorResponse createGroup(EmulatorRequest request, User caller, String apiUrl) {
    String id = groups.create(jsonBody(request), caller).id;
    return EmulatorResponse.json(
        201, GroupCreated.builder().id(id).link(apiUrl + "/groups/" + id).build());
  }

  private EmulatorResponse updateGroup(GroupRecord g, EmulatorRequest request, User caller) {
    groups.update(g, jsonBody(request), caller);
    return EmulatorResponse.empty(204);
  }

  private EmulatorResponse deleteGroup(GroupRecord g) {
    List<String> gone = groups.remove(g);
    replays.values().stream()
        .filter(r -> r.groupId != null && gone.contains(r.groupId))
        .forEach(r -> r.groupId = null);
    return EmulatorResponse.empty(204);
  }

  private List<ReplayRecord> replaysIn(List<String> groupIds) {
    return replays.values().stream()
        .filter(r -> r.groupId != null && groupIds.contains(r.groupId))
        .toList();
  }

  private EmulatorResponse listGroups(EmulatorRequest request, User caller, String apiUrl) {
    Predicate<GroupRecord> filter = new GroupFilter(request, caller).build();
    List<GroupRecord> matching = groups.values().stream().filter(filter).toList();
    boolean byName = request.param("sort-by").orElse("created").equals("name");
    Paging.Page<GroupRecord> page =
        Paging.page(
            matching,
            g -> new Paging.Position(byName ? g.name : Paging.timeKey(g.created), g.id),
            !request.param("sort-dir").orElse("desc").equals("asc"),
            request);
    GroupPage.Builder body =
        GroupPage.builder()
            .list(page.items().stream().map(g -> bodies.groupSummary(g, apiUrl)).toList())
            .count(matching.size());
    if (page.nextCursor() != null) {
      body.next(Paging.nextUrl(apiUrl + "/groups", request, page.nextCursor()));
    }
    return EmulatorResponse.json(200, body.build());
  }

  // ------------------------------------------------------------------ helpers

  private static JsonNode jsonBody(EmulatorRequest request) {
    try {
      JsonNode node = JSON.readTree(request.body());
      if (node == null || !node.isObject()) {
        throw new ApiError(400, "", "the body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new ApiError(400, "", "the body is not valid JSON");
    }
  }
}
