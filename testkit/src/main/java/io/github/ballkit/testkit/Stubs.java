package io.github.ballkit.testkit;

import io.github.ballkit.testkit.internal.ApiSpec;
import java.util.List;

/**
 * Ready-made WireMock stubs for every operation of an API, built from the spec's examples. For
 * example {@code Stubs.ballchasing().operation("getReplay").ok()} or {@code .status(404)}. The
 * stubs are derived from the spec, so there is no hand-written code per operation.
 */
public final class Stubs {
  private final ApiSpec spec;

  private Stubs(ApiSpec spec) {
    this.spec = spec;
  }

  /**
   * Stubs for an API.
   *
   * @param api the API
   * @return the stubs
   */
  public static Stubs of(Api api) {
    return new Stubs(ApiSpec.of(api));
  }

  /**
   * Stubs for ballchasing.com.
   *
   * @return the stubs
   */
  public static Stubs ballchasing() {
    return of(Api.BALLCHASING);
  }

  /**
   * Stubs for Ballistica.
   *
   * @return the stubs
   */
  public static Stubs ballistica() {
    return of(Api.BALLISTICA);
  }

  /**
   * The stubs of one operation.
   *
   * @param operationId the spec's operationId, such as {@code getReplay}
   * @return the operation's stubs
   * @throws IllegalArgumentException when the spec has no such operation
   */
  public OperationStub operation(String operationId) {
    return new OperationStub(spec, spec.operation(operationId));
  }

  /**
   * The operationIds of the API, in spec order.
   *
   * @return the ids
   */
  public List<String> operationIds() {
    return spec.operations().stream().map(o -> o.id()).toList();
  }
}
