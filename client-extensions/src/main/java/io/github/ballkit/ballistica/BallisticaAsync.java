package io.github.ballkit.ballistica;

import io.github.ballkit.ballistica.api.AccountsApi;
import io.github.ballkit.ballistica.api.AccountsApiAsync;
import io.github.ballkit.ballistica.api.FilesApi;
import io.github.ballkit.ballistica.api.FilesApiAsync;
import io.github.ballkit.ballistica.api.PrefabsApi;
import io.github.ballkit.ballistica.api.PrefabsApiAsync;
import io.github.ballkit.ballistica.api.WorkspacesApi;
import io.github.ballkit.ballistica.api.WorkspacesApiAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The Ballistica client's calls as {@link CompletableFuture}s: {@link BallisticaClient#async()}.
 *
 * <pre>{@code
 * CompletableFuture<WorkspacesResponse> all = client.async().workspaces().listWorkspaces();
 * CompletableFuture<UploadOutcome> upload =
 *     client.async().call(c -> c.upload(workspaceId, "mymod/plugin.py", file));
 * }</pre>
 *
 * <p>Each call is the blocking call run on the client's async executor, with the same retries and
 * deadline (counted from when the call starts running). Cancelling a future stops its call: a call
 * not started never runs, and a running one is interrupted.
 */
public final class BallisticaAsync {
  private final BallisticaClient client;
  private final AccountsApiAsync accounts;
  private final WorkspacesApiAsync workspaces;
  private final FilesApiAsync files;
  private final PrefabsApiAsync prefabs;

  BallisticaAsync(BallisticaClient client) {
    this.client = client;
    this.accounts =
        new AccountsApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<AccountsApi, T> call) {
            return client.submit(() -> call.apply(client.accounts()));
          }
        };
    this.workspaces =
        new WorkspacesApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<WorkspacesApi, T> call) {
            return client.submit(() -> call.apply(client.workspaces()));
          }
        };
    this.files =
        new FilesApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<FilesApi, T> call) {
            return client.submit(() -> call.apply(client.files()));
          }
        };
    this.prefabs =
        new PrefabsApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<PrefabsApi, T> call) {
            return client.submit(() -> call.apply(client.prefabs()));
          }
        };
  }

  /**
   * Account operations, asynchronously.
   *
   * @return the generated async interface
   */
  public AccountsApiAsync accounts() {
    return accounts;
  }

  /**
   * Workspace operations, asynchronously.
   *
   * @return the generated async interface
   */
  public WorkspacesApiAsync workspaces() {
    return workspaces;
  }

  /**
   * Workspace file operations, asynchronously.
   *
   * @return the generated async interface
   */
  public FilesApiAsync files() {
    return files;
  }

  /**
   * Prefab symbol lookups, asynchronously.
   *
   * @return the generated async interface
   */
  public PrefabsApiAsync prefabs() {
    return prefabs;
  }

  /**
   * Runs any blocking use of the client asynchronously, e.g. an upload or a download to a file.
   *
   * @param call what to do with the client
   * @param <T> the result
   * @return the future result; cancelling it interrupts the call
   */
  public <T> CompletableFuture<T> call(Function<BallisticaClient, T> call) {
    return client.submit(() -> call.apply(client));
  }

  @Override
  public String toString() {
    return "BallisticaAsync[" + client.baseUrl() + "]";
  }
}
