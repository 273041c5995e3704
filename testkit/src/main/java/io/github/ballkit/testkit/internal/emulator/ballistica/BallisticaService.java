package io.github.ballkit.testkit.internal.emulator.ballistica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.ballkit.ballistica.model.ErrorResponse;
import io.github.ballkit.ballistica.model.PrefabSymbolsResponse;
import io.github.ballkit.ballistica.model.UploadInit;
import io.github.ballkit.ballistica.model.UploadInitStatus;
import io.github.ballkit.ballistica.model.WorkspaceEntryResponse;
import io.github.ballkit.ballistica.model.WorkspaceEntryType;
import io.github.ballkit.ballistica.model.WorkspaceFilesResponse;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.ballistica.model.WorkspacesResponse;
import io.github.ballkit.testkit.Api;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.emulator.ApiError;
import io.github.ballkit.testkit.internal.emulator.Emulator;
import io.github.ballkit.testkit.internal.emulator.EmulatorRequest;
import io.github.ballkit.testkit.internal.emulator.EmulatorResponse;
import io.github.ballkit.testkit.internal.emulator.Routes;
import io.github.ballkit.testkit.internal.emulator.Times;
import io.github.ballkit.testkit.internal.emulator.Tokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Ballistica emulator: accounts, workspaces, the active workspace, workspace files and the
 * signed-URL upload flow, in memory. One lock guards all state: the emulator is for tests, where
 * simplicity beats throughput.
 */
public final class BallisticaService implements Emulator {
  /** Where signed upload URLs point: outside {@code /api/v1} and not part of the spec. */
  public static final String SIGNED_UPLOAD_PREFIX = "/_signed-upload/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;
  private final Routes routes = new Routes(ApiSpec.of(Api.BALLISTICA));
  private final Accounts accounts;
  private final ContentStore contents = new ContentStore();
  private final UploadSessions sessions;
  private final Map<String, Workspace> workspaces = new LinkedHashMap<>();
  private final Map<String, String> activeByAccount = new HashMap<>();
  private final Map<String, PrefabSymbolsResponse> prefabSymbols = new HashMap<>();
  private long workspaceCounter;

  /** A workspace and its files. */
  private static final class Workspace {
    final String id;
    final String ownerId;
    final Instant created;
    final WorkspaceTree tree = new WorkspaceTree();
    String name;
    Instant modified;

    Workspace(String id, String ownerId, String name, Instant created) {
      this.id = id;
      this.ownerId = ownerId;
      this.name = name;
      this.created = created;
      this.modified = created;
    }
  }

  /**
   * Creates the emulator.
   *
   * @param clock the clock (upload sessions expire by it)
   * @param tags account tags by token, for tokens the test wants to name
   * @param uploadSessionLifetime how long a signed upload URL stays valid
   */
  public BallisticaService(Clock clock, Map<String, String> tags, Duration uploadSessionLifetime) {
    this.clock = clock;
    this.accounts = new Accounts(clock, tags);
    this.sessions = new UploadSessions(clock, uploadSessionLifetime);
  }

  /**
   * Makes prefab symbols available for a binary.
   *
   * @param exeSha256 the binary's SHA-256
   * @param fileName the symbols file name
   * @param size the symbols size
   */
  public synchronized void addPrefabSymbols(String exeSha256, String fileName, long size) {
    prefabSymbols.put(
        exeSha256,
        PrefabSymbolsResponse.builder()
            .fileName(fileName)
            .size(size)
            .downloadUrl("https://symbols.invalid/" + exeSha256 + "/" + fileName)
            .build());
  }

  @Override
  public synchronized EmulatorResponse handle(EmulatorRequest request, String rootUrl) {
    try {
      if (request.rawPath().startsWith(SIGNED_UPLOAD_PREFIX)) {
        return signedUpload(request);
      }
      Routes.Route route =
          routes
              .route(request.method(), request.rawPath())
              .orElseThrow(() -> new ApiError(404, "not_found", "No such endpoint."));
      String caller = route.needsAuth() ? authenticate(request) : null;
      return dispatch(route, request, caller, rootUrl);
    } catch (ApiError e) {
      return EmulatorResponse.json(
          e.status(), ErrorResponse.builder().error(e.code()).message(e.getMessage()).build());
    } catch (RuntimeException bug) {
      return EmulatorResponse.json(
          500, ErrorResponse.builder().error("internal_error").message(bug.toString()).build());
    }
  }

  private String authenticate(EmulatorRequest request) {
    String auth = request.header("Authorization").orElse("");
    if (!auth.regionMatches(true, 0, "Bearer ", 0, 7) || auth.substring(7).isBlank()) {
      throw new ApiError(401, "unauthorized", "Authentication required.");
    }
    if (Tokens.refused(auth.substring(7).trim())) {
      throw new ApiError(401, "unauthorized", "Invalid API key.");
    }
    return accounts.forToken(auth.substring(7).trim()).id();
  }

  /** What answers one operation. */
  @FunctionalInterface
  private interface Handler {
    EmulatorResponse handle(
        Routes.Route route, EmulatorRequest request, String caller, String rootUrl);
  }

  /** The operations this emulator serves, by operationId. */
  private final Map<String, Handler> handlers =
      Map.ofEntries(
          Map.entry("getAccount", (route, request, caller, rootUrl) -> account(route, caller)),
          Map.entry("getAccountByTag", (route, request, caller, rootUrl) -> accountByTag(route)),
          Map.entry("listWorkspaces", (route, request, caller, rootUrl) -> listWorkspaces(caller)),
          Map.entry(
              "createWorkspace",
              (route, request, caller, rootUrl) -> createWorkspace(request, caller)),
          Map.entry(
              "getActiveWorkspace", (route, request, caller, rootUrl) -> activeWorkspace(caller)),
          Map.entry(
              "setActiveWorkspace",
              (route, request, caller, rootUrl) -> setActiveWorkspace(request, caller)),
          Map.entry(
              "getWorkspace",
              (route, request, caller, rootUrl) ->
                  EmulatorResponse.json(200, json(owned(route, caller)))),
          Map.entry(
              "renameWorkspace",
              (route, request, caller, rootUrl) -> renameWorkspace(route, request, caller)),
          Map.entry(
              "deleteWorkspace",
              (route, request, caller, rootUrl) -> deleteWorkspace(route, caller)),
          Map.entry(
              "listWorkspaceFiles",
              (route, request, caller, rootUrl) -> listFiles(owned(route, caller))),
          Map.entry(
              "downloadWorkspaceFile",
              (route, request, caller, rootUrl) ->
                  download(owned(route, caller), route.param("file_path"))),
          Map.entry(
              "deleteWorkspaceFile",
              (route, request, caller, rootUrl) ->
                  deleteFile(owned(route, caller), route.param("file_path"))),
          Map.entry(
              "operateOnWorkspaceFile",
              (route, request, caller, rootUrl) ->
                  operate(owned(route, caller), route.param("file_path"), request, rootUrl)),
          Map.entry(
              "putWorkspaceFile",
              (route, request, caller, rootUrl) -> {
                throw new ApiError(
                    404, "not_found", "The buffered PUT upload was removed; use op upload-init.");
              }),
          Map.entry(
              "getPrefabSymbols",
              (route, request, caller, rootUrl) -> prefabSymbols(route.param("exe_sha256"))));

  @Override
  public Set<String> servedOperations() {
    return handlers.keySet();
  }

  private EmulatorResponse dispatch(
      Routes.Route route, EmulatorRequest request, String caller, String rootUrl) {
    Handler handler = handlers.get(route.operation().id());
    if (handler == null) {
      throw new ApiError(404, "not_found", "Not emulated: " + route.operation().id());
    }
    return handler.handle(route, request, caller, rootUrl);
  }

  private EmulatorResponse account(Routes.Route route, String caller) {
    return EmulatorResponse.json(200, accounts.byId(route.param("account_id"), caller));
  }

  private EmulatorResponse accountByTag(Routes.Route route) {
    return EmulatorResponse.json(200, accounts.byTag(route.param("tag")));
  }

  // ------------------------------------------------------------------ workspaces

  private EmulatorResponse listWorkspaces(String caller) {
    List<WorkspaceResponse> mine =
        workspaces.values().stream().filter(w -> w.ownerId.equals(caller)).map(this::json).toList();
    return EmulatorResponse.json(200, WorkspacesResponse.builder().workspaces(mine).build());
  }

  private EmulatorResponse createWorkspace(EmulatorRequest request, String caller) {
    JsonNode body = request.body().length == 0 ? JSON.createObjectNode() : jsonBody(request);
    JsonNode name = body.get("name");
    String chosen =
        name == null || name.isNull()
            ? "Workspace " + (workspaceCounter + 1)
            : WorkspaceRules.workspaceName(name.asText());
    workspaceCounter++;
    String id = String.format("ws-%08x", (workspaceCounter * 2654435761L) & 0xffffffffL);
    Workspace w = new Workspace(id, caller, chosen, clock.instant());
    workspaces.put(id, w);
    return EmulatorResponse.json(201, json(w));
  }

  private EmulatorResponse activeWorkspace(String caller) {
    String id = activeByAccount.get(caller);
    return EmulatorResponse.json(200, id == null ? NullNode.instance : json(workspaces.get(id)));
  }

  private EmulatorResponse setActiveWorkspace(EmulatorRequest request, String caller) {
    JsonNode body = jsonBody(request);
    if (!body.has("workspace_id")) {
      throw WorkspaceRules.invalid("workspace_id is required (null to disable syncing).");
    }
    JsonNode id = body.get("workspace_id");
    if (id.isNull()) {
      activeByAccount.remove(caller);
      return EmulatorResponse.json(200, NullNode.instance);
    }
    Workspace w = workspaces.get(id.asText());
    if (w == null || !w.ownerId.equals(caller)) {
      throw WorkspaceRules.invalid("No workspace '" + id.asText() + "' owned by you.");
    }
    activeByAccount.put(caller, w.id);
    return EmulatorResponse.json(200, json(w));
  }

  private EmulatorResponse renameWorkspace(
      Routes.Route route, EmulatorRequest request, String caller) {
    Workspace w = owned(route, caller);
    JsonNode name = jsonBody(request).get("name");
    w.name = WorkspaceRules.workspaceName(name == null || name.isNull() ? null : name.asText());
    w.modified = clock.instant();
    return EmulatorResponse.json(200, json(w));
  }

  private EmulatorResponse deleteWorkspace(Routes.Route route, String caller) {
    Workspace w = owned(route, caller);
    workspaces.remove(w.id);
    activeByAccount.values().removeIf(w.id::equals);
    return EmulatorResponse.empty(204);
  }

  private Workspace owned(Routes.Route route, String caller) {
    Workspace w = workspaces.get(route.param("workspace_id"));
    if (w == null || !w.ownerId.equals(caller)) {
      throw new ApiError(404, "not_found", "Workspace not found.");
    }
    return w;
  }

  private WorkspaceResponse json(Workspace w) {
    return WorkspaceResponse.builder()
        .id(w.id)
        .name(w.name)
        .size(w.tree.size())
        .createTime(Times.utcTime(w.created))
        .modifiedTime(Times.utcTime(w.modified))
        .build();
  }

  // ------------------------------------------------------------------ files

  private EmulatorResponse listFiles(Workspace w) {
    List<WorkspaceEntryResponse> entries = new ArrayList<>();
    for (WorkspaceTree.Entry e : w.tree.list()) {
      WorkspaceEntryResponse.Builder entry =
          WorkspaceEntryResponse.builder()
              .path(e.path())
              .type(e.directory() ? WorkspaceEntryType.DIRECTORY : WorkspaceEntryType.FILE);
      if (!e.directory()) {
        entry.size(e.size()).modifiedTime(Times.utcTime(e.modified()));
      }
      entries.add(entry.build());
    }
    return EmulatorResponse.json(200, WorkspaceFilesResponse.builder().entries(entries).build());
  }

  private EmulatorResponse download(Workspace w, String path) {
    WorkspaceTree.Entry e = w.tree.get(path);
    if (e.directory()) {
      throw new ApiError(404, "not_found", "'" + path + "' is a directory.");
    }
    return EmulatorResponse.bytes(contents.get(e.sha256()));
  }

  private EmulatorResponse deleteFile(Workspace w, String path) {
    w.tree.delete(path);
    w.modified = clock.instant();
    return EmulatorResponse.empty(204);
  }

  private EmulatorResponse operate(
      Workspace w, String path, EmulatorRequest request, String rootUrl) {
    JsonNode body = jsonBody(request);
    String op = body.path("op").asText("");
    Instant now = clock.instant();
    switch (op) {
      case "mkdir":
        w.tree.mkdir(WorkspaceRules.directoryPath(path), now);
        break;
      case "move":
      case "copy":
        String dest = body.path("dest").asText("");
        if (dest.isEmpty()) {
          throw WorkspaceRules.invalid("Op '" + op + "' needs 'dest'.");
        }
        boolean file = !w.tree.get(path).directory();
        w.tree.copy(
            path,
            file ? WorkspaceRules.filePath(dest) : WorkspaceRules.directoryPath(dest),
            now,
            op.equals("move"));
        break;
      case "upload-init":
        return uploadInit(w, WorkspaceRules.filePath(path), body, rootUrl);
      case "upload-finalize":
        UploadSessions.Session s = sessions.finalizable(body.path("session_id").asText(""));
        if (!s.workspaceId().equals(w.id) || !s.path().equals(path)) {
          throw WorkspaceRules.invalid("Upload session belongs to another file.");
        }
        w.tree.putFile(path, s.sha256(), s.size(), now);
        sessions.consume(s.id());
        break;
      default:
        throw WorkspaceRules.invalid("Unknown op '" + op + "'.");
    }
    w.modified = now;
    return EmulatorResponse.empty(204);
  }

  private EmulatorResponse uploadInit(Workspace w, String path, JsonNode body, String rootUrl) {
    String sha256 = body.path("sha256").asText("");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw WorkspaceRules.invalid("sha256 must be 64 lowercase hex characters.");
    }
    if (!body.path("size").canConvertToLong() || body.path("size").asLong() < 0) {
      throw WorkspaceRules.invalid("size must be a non-negative integer.");
    }
    long size = body.path("size").asLong();
    if (contents.has(sha256)) {
      w.tree.putFile(path, sha256, contents.get(sha256).length, clock.instant());
      w.modified = clock.instant();
      return EmulatorResponse.json(
          200, UploadInit.builder().status(UploadInitStatus.EXISTS).build());
    }
    UploadSessions.Session s = sessions.open(w.id, path, size, sha256);
    UploadInit answer =
        UploadInit.builder()
            .status(UploadInitStatus.UPLOAD_REQUIRED)
            .sessionId(s.id())
            .uploadUrl(rootUrl + SIGNED_UPLOAD_PREFIX + s.id() + "?signature=" + s.signature())
            .uploadHeaders(new LinkedHashMap<>(s.headers()))
            .expiresAt(Times.utc(s.expires()))
            .build();
    return EmulatorResponse.json(200, answer);
  }

  private EmulatorResponse signedUpload(EmulatorRequest request) {
    String id = request.rawPath().substring(SIGNED_UPLOAD_PREFIX.length());
    byte[] bytes = sessions.receive(id, request);
    contents.put(bytes);
    return new EmulatorResponse(200, Map.of(), new byte[0]);
  }

  private EmulatorResponse prefabSymbols(String sha256) {
    PrefabSymbolsResponse body = prefabSymbols.get(sha256);
    if (body == null) {
      throw new ApiError(404, "not_found", "No symbols kept for this binary.");
    }
    return EmulatorResponse.json(200, body);
  }

  private static JsonNode jsonBody(EmulatorRequest request) {
    String type = request.header("Content-Type").orElse("");
    if (!type.startsWith("application/json")) {
      throw WorkspaceRules.invalid("The body must be JSON (Content-Type: application/json).");
    }
    try {
      JsonNode node = JSON.readTree(request.body());
      if (node == null || !node.isObject()) {
        throw WorkspaceRules.invalid("The body must be a JSON object.");
      }
      return node;
    } catch (IOException e) {
      throw WorkspaceRules.invalid("The body is not valid JSON.");
    }
  }

  /** Uploaded contents by SHA-256: what makes {@code upload-init} answer {@code exists}. */
  private static final class ContentStore {
    private final Map<String, byte[]> bySha = new HashMap<>();

    boolean has(String sha256) {
      return bySha.containsKey(sha256);
    }

    byte[] get(String sha256) {
      return bySha.get(sha256).clone();
    }

    void put(byte[] bytes) {
      bySha.put(UploadSessions.sha256Hex(bytes), bytes.clone());
    }
  }
}
