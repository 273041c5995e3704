package io.github.ballkit.testkit.internal.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation of a tour: how to call it through the client for its happy case, and optionally an
 * invalid variant (for a documented 400) and extra cases with their own expected status. The error
 * cases the spec implies (no token, bad token, unknown id) are derived from the spec by the {@link
 * TourRunner}, which reruns {@link #call()} with another client or unknown ids.
 *
 * @param <C> the client type
 */
public final class Step<C> {
  /**
   * A call of the operation.
   *
   * @param <C> the client type
   */
  @FunctionalInterface
  public interface Call<C> {
    /**
     * Calls the operation.
     *
     * @param client the client to call with
     * @param values the ids to use and to remember
     * @throws Exception whatever the call throws; the runner reads the exchange, not the exception
     */
    void run(C client, Values<C> values) throws Exception;
  }

  /** A further case with the status the spec documents for it. */
  record Extra<C>(String label, int expectedStatus, Call<C> call) {}

  private final String operationId;
  private final boolean write;
  private final Call<C> call;
  private Call<C> invalid;
  private final List<Extra<C>> extras = new ArrayList<>();

  private Step(String operationId, boolean write, Call<C> call) {
    this.operationId = operationId;
    this.write = write;
    this.call = call;
  }

  /**
   * An operation that only reads.
   *
   * @param operationId the spec's operationId
   * @param call its happy case
   * @param <C> the client type
   * @return the step
   */
  public static <C> Step<C> read(String operationId, Call<C> call) {
    return new Step<>(operationId, false, call);
  }

  /**
   * An operation that changes data: run only with writes allowed.
   *
   * @param operationId the spec's operationId
   * @param call its happy case
   * @param <C> the client type
   * @return the step
   */
  public static <C> Step<C> write(String operationId, Call<C> call) {
    return new Step<>(operationId, true, call);
  }

  /**
   * The call with an invalid parameter, expected to get 400 (run when the spec documents it).
   *
   * @param invalidCall the call
   * @return this step
   */
  public Step<C> invalid(Call<C> invalidCall) {
    this.invalid = invalidCall;
    return this;
  }

  /**
   * A further case, run after the happy one.
   *
   * @param label what the case is, such as {@code same file again}
   * @param expectedStatus the status the spec documents for it
   * @param extraCall the call
   * @return this step
   */
  public Step<C> also(String label, int expectedStatus, Call<C> extraCall) {
    extras.add(new Extra<>(label, expectedStatus, extraCall));
    return this;
  }

  String operationId() {
    return operationId;
  }

  boolean write() {
    return write;
  }

  Call<C> call() {
    return call;
  }

  Call<C> invalidCall() {
    return invalid;
  }

  List<Extra<C>> extras() {
    return extras;
  }
}
