package io.github.ballkit.ballchasing;

import io.github.ballkit.ballchasing.api.GroupsApi;
import io.github.ballkit.ballchasing.api.GroupsApiAsync;
import io.github.ballkit.ballchasing.api.MiscApi;
import io.github.ballkit.ballchasing.api.MiscApiAsync;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.api.ReplaysApiAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The ballchasing client's calls as {@link CompletableFuture}s: {@link BallchasingClient#async()}.
 *
 * <pre>{@code
 * CompletableFuture<Replay> replay = client.async().replays().getReplay(id);
 * CompletableFuture<String> uploaded =
 *     client.async().call(c -> c.uploadOrGetExisting(file, Visibility.PRIVATE, null));
 * }</pre>
 *
 * <p>Each call is the blocking call run on the client's async executor, so it keeps the same rate
 * limits (shared with the blocking calls of the token), retries and deadline; the deadline counts
 * from when the call starts running. Cancelling a future stops its call: a call not started never
 * runs, a running one is interrupted, which ends its wait for the rate limiter without taking a
 * slot, or abandons its exchange in flight and frees its slot for the next call.
 */
public final class BallchasingAsync {
  private final BallchasingClient client;
  private final ReplaysApiAsync replays;
  private final GroupsApiAsync groups;
  private final MiscApiAsync misc;

  BallchasingAsync(BallchasingClient client) {
    this.client = client;
    this.replays =
        new ReplaysApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<ReplaysApi, T> call) {
            return client.submit(() -> call.apply(client.replays()));
          }
        };
    this.groups =
        new GroupsApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<GroupsApi, T> call) {
            return client.submit(() -> call.apply(client.groups()));
          }
        };
    this.misc =
        new MiscApiAsync() {
          @Override
          public <T> CompletableFuture<T> call(Function<MiscApi, T> call) {
            return client.submit(() -> call.apply(client.misc()));
          }
        };
  }

  /**
   * Replay operations, asynchronously.
   *
   * @return the generated async interface
   */
  public ReplaysApiAsync replays() {
    return replays;
  }

  /**
   * Group operations, asynchronously.
   *
   * @return the generated async interface
   */
  public GroupsApiAsync groups() {
    return groups;
  }

  /**
   * Ping and maps, asynchronously.
   *
   * @return the generated async interface
   */
  public MiscApiAsync misc() {
    return misc;
  }

  /**
   * Runs any blocking use of the client asynchronously, e.g. an upload, a download to a file, or a
   * whole listing: {@code async.call(c -> c.listAllReplays(query).toList())}.
   *
   * @param call what to do with the client
   * @param <T> the result
   * @return the future result; cancelling it interrupts the call
   */
  public <T> CompletableFuture<T> call(Function<BallchasingClient, T> call) {
    return client.submit(() -> call.apply(client));
  }

  @Override
  public String toString() {
    return "BallchasingAsync[" + client.baseUrl() + "]";
  }
}
