package io.github.ballkit.ballistica;

import io.github.ballkit.ballistica.api.AccountsApi;
import io.github.ballkit.ballistica.api.FilesApi;
import io.github.ballkit.ballistica.api.PrefabsApi;
import io.github.ballkit.ballistica.api.WorkspacesApi;
import io.github.ballkit.ballistica.internal.BallisticaJsonReaders;
import io.github.ballkit.ballistica.internal.BallisticaSpecFacts;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.ErrorResponse;
import io.github.ballkit.ballistica.model.FileOperation;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.core.ApiClient;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ClientBuilder;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransferListener;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.core.internal.ApiDefinition;
import io.github.ballkit.core.internal.DirectCalls;
import io.github.ballkit.core.internal.Downloads;
import io.github.ballkit.core.internal.TransferTracker;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Ballistica REST API v1 client: accounts, workspaces and their files.
 *
 * <pre>{@code
 * BallisticaClient client = BallisticaClient.fromEnv(); // BALLISTICA_API_KEY
 * AccountResponse me = client.me();
 * WorkspaceResponse ws = client.workspaces().createWorkspace(WorkspaceCreate.builder().name("My Mod").build());
 * client.upload(ws.id(), "mymod/plugin.py", Path.of("plugin.py"));
 * }</pre>
 *
 * <p>Sends {@code Authorization: Bearer <key>} (not to prefab-symbols, which needs none), retries
 * idempotent calls after connection failures and 502/503/504, and throws the typed exceptions of
 * {@code io.github.ballkit.core}. Thread-safe; build one and share it.
 */
public final class BallisticaClient extends ApiClient<BallisticaClient, BallisticaClient.Builder> {
  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String TOKEN_VARIABLE = "BALLISTICA_API_KEY";

  /** The environment variable {@link #fromEnv()} reads a different server URL from. */
  public static final String BASE_URL_VARIABLE = "BALLISTICA_BASE_URL";

  static final ApiDefinition API =
      new ApiDefinition(
          "ballistica",
          BallisticaSpecFacts.METADATA,
          "Bearer",
          ErrorResponse.class,
          new Hooks(),
          BallisticaJsonReaders.INSTANCE);

  /** Ballistica's hooks: a code ({@code error}) and a message in error bodies, no special error. */
  private static final class Hooks implements ApiDefinition.Hooks {
    @Override
    public ApiDefinition.ErrorText errorText(Object body) {
      if (body instanceof ErrorResponse error) {
        return new ApiDefinition.ErrorText(error.error(), error.message(), null);
      }
      return ApiDefinition.ErrorText.NONE;
    }

    @Override
    public @Nullable ApiException specialError(ErrorDetails details, @Nullable Object body) {
      return null;
    }

    @Override
    public @Nullable Object direct(Class<?> type, DirectCalls calls) {
      return BallisticaSpecFacts.direct(type, calls);
    }
  }

  // Made on first use: the async view's classes stay unloaded for clients that never ask for it.
  private volatile BallisticaAsync async;
  private final Object asyncLock = new Object();

  private BallisticaClient(Builder builder) {
    super(builder);
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
   * Builds a client from {@code BALLISTICA_API_KEY} and, if set, {@code BALLISTICA_BASE_URL}.
   *
   * @return the client
   * @throws IllegalStateException when the key is not set
   */
  public static BallisticaClient fromEnv() {
    return builder().environment(System.getenv()).build();
  }

  /**
   * Account operations.
   *
   * @return the generated interface
   */
  public AccountsApi accounts() {
    return api(AccountsApi.class);
  }

  /**
   * Workspace operations.
   *
   * @return the generated interface
   */
  public WorkspacesApi workspaces() {
    return api(WorkspacesApi.class);
  }

  /**
   * Workspace file operations. For uploads use {@link #upload}; for downloads {@link #download}.
   *
   * @return the generated interface
   */
  public FilesApi files() {
    return api(FilesApi.class);
  }

  /**
   * Prefab symbol lookups (no authentication needed).
   *
   * @return the generated interface
   */
  public PrefabsApi prefabs() {
    return api(PrefabsApi.class);
  }

  /**
   * Fetches the account the key belongs to.
   *
   * @return the account
   */
  public AccountResponse me() {
    return accounts().getAccount("me");
  }

  /**
   * Fetches the active workspace (the one the game syncs down).
   *
   * @return the workspace, empty when none is active
   */
  public Optional<WorkspaceResponse> activeWorkspace() {
    return Optional.ofNullable(workspaces().getActiveWorkspace());
  }

  /**
   * Uploads a file: streams it once to compute size and SHA-256, asks the server ({@code
   * upload-init}), skips the transfer when the server already has the content ({@code exists}),
   * otherwise PUTs the bytes to the signed URL with exactly the returned headers and no token, then
   * finalizes.
   *
   * <p>The upload is one call: {@code callTimeout} bounds all of it from when the file has been
   * hashed, and {@code maxRetries} bounds its retries in total. The steps are not retried one by
   * one; the whole sequence starts again after a connection failure or 502/503/504 on {@code
   * upload-init}, a signed PUT that fails to connect or is answered 403 (most likely an expired
   * signature), 408, 429 or 5xx (its URL is time-limited and single-use), and a connection failure
   * or any 5xx on {@code upload-finalize} (the server may answer 500 for a session already consumed
   * or expired). That is safe: a repeated init answers {@code exists} when an earlier attempt did
   * store the content. Other storage refusals (400, 413) and errors reading the local file are
   * thrown at once.
   *
   * @param workspaceId the workspace
   * @param path the workspace path, e.g. {@code mymod/plugin.py}; parents are created
   * @param file the local file
   * @return what happened
   * @throws TransportException when the file cannot be read, or the server cannot be reached
   */
  public UploadOutcome upload(String workspaceId, String path, Path file) {
    return upload(workspaceId, path, file, TransferListener.NONE);
  }

  /**
   * Uploads a file as {@link #upload(String, String, Path)} does, reporting the bytes of the signed
   * PUT and any rate-limit wait to a listener. When the server has the content already, the
   * listener hears only {@code finished} with 0 bytes.
   *
   * @param workspaceId the workspace
   * @param path the workspace path, which names the transfer
   * @param file the local file
   * @param listener hears the progress
   * @return what happened
   * @throws TransportException when the file cannot be read, or the server cannot be reached
   */
  public UploadOutcome upload(
      String workspaceId, String path, Path file, TransferListener listener) {
    WorkspacePath target = WorkspacePath.of(path);
    return TransferTracker.run(
        listener,
        new Transfer(Transfer.Direction.UPLOAD, target.value()),
        "signedUpload",
        -1,
        tracker -> {
          UploadOutcome outcome =
              new UploadSequence(files(), core()).run(workspaceId, target, file);
          if (outcome.transferred()) {
            tracker.complete();
          } else {
            tracker.finishWith(0);
          }
          return outcome;
        });
  }

  /**
   * Opens a workspace file for reading. The bytes stream from the server as you read, so memory
   * stays flat; close the stream to release the connection. A read that gets no data for the read
   * timeout fails with a {@link java.net.http.HttpTimeoutException}. The call timeout covers the
   * download until its headers arrive, not the reading of the body.
   *
   * @param workspaceId the workspace
   * @param path the workspace path
   * @return the file's bytes
   */
  public InputStream download(String workspaceId, String path) {
    WorkspacePath source = WorkspacePath.of(path);
    return bodyOrThrow(
        "downloadWorkspaceFile", files().downloadWorkspaceFile(workspaceId, source.value()));
  }

  /**
   * Downloads a workspace file to a local file (written to a temporary sibling, then moved).
   *
   * @param workspaceId the workspace
   * @param path the workspace path
   * @param target the local file
   * @return {@code target}
   */
  public Path download(String workspaceId, String path, Path target) {
    return download(workspaceId, path, target, TransferListener.NONE);
  }

  /**
   * Downloads a workspace file to a local file, reporting the bytes received to a listener.
   *
   * @param workspaceId the workspace
   * @param path the workspace path, which names the transfer
   * @param target the local file
   * @param listener hears the progress; the total is the response's {@code Content-Length}
   * @return {@code target}
   */
  public Path download(String workspaceId, String path, Path target, TransferListener listener) {
    return TransferTracker.run(
        listener,
        new Transfer(Transfer.Direction.DOWNLOAD, WorkspacePath.of(path).value()),
        "downloadWorkspaceFile",
        -1,
        tracker -> Downloads.toFile("downloadWorkspaceFile", download(workspaceId, path), target));
  }

  /**
   * Returns this client's calls as {@link java.util.concurrent.CompletableFuture}s, run on its
   * async executor with the same retries and deadlines.
   *
   * @return the async view of this client
   */
  public BallisticaAsync async() {
    BallisticaAsync view = async;
    if (view == null) {
      synchronized (asyncLock) {
        view = async;
        if (view == null) {
          view = new BallisticaAsync(this);
          async = view;
        }
      }
    }
    return view;
  }

  /** Runs calls on the async executor, for {@link BallisticaAsync}. */
  <T> CompletableFuture<T> submit(Supplier<T> call) {
    return submitAsync(call);
  }

  /**
   * Creates a directory (and its parents).
   *
   * @param workspaceId the workspace
   * @param path the directory's workspace path
   */
  public void mkdir(String workspaceId, String path) {
    fileOperation(workspaceId, path, FileOperation.builder().op(FileOperation.OpEnum.MKDIR));
  }

  /**
   * Moves or renames a file or directory.
   *
   * @param workspaceId the workspace
   * @param from the current workspace path
   * @param to the new workspace path
   */
  public void move(String workspaceId, String from, String to) {
    fileOperation(
        workspaceId,
        from,
        FileOperation.builder().op(FileOperation.OpEnum.MOVE).dest(WorkspacePath.of(to).value()));
  }

  /**
   * Copies a file or directory.
   *
   * @param workspaceId the workspace
   * @param from the source workspace path
   * @param to the destination workspace path
   */
  public void copy(String workspaceId, String from, String to) {
    fileOperation(
        workspaceId,
        from,
        FileOperation.builder().op(FileOperation.OpEnum.COPY).dest(WorkspacePath.of(to).value()));
  }

  /**
   * Deletes a file or directory.
   *
   * @param workspaceId the workspace
   * @param path the workspace path
   */
  public void delete(String workspaceId, String path) {
    files().deleteWorkspaceFile(workspaceId, WorkspacePath.of(path).value());
  }

  private void fileOperation(String workspaceId, String path, FileOperation.Builder operation) {
    files().operateOnWorkspaceFile(workspaceId, WorkspacePath.of(path).value(), operation.build());
  }

  /** Options of a {@link BallisticaClient}. */
  public static final class Builder extends ClientBuilder<Builder, BallisticaClient> {
    private Builder() {
      super(TOKEN_VARIABLE, BASE_URL_VARIABLE, API);
    }

    @Override
    public BallisticaClient build() {
      return new BallisticaClient(this);
    }
  }
}
