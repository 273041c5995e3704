package io.github.ballkit.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the runtime takes from a spec instead of repeating them in Java: the default server,
 * each operation's rate-limit class, auth, retry safety and response types, and the per-tier rate
 * limits ({@code x-rate-limits}). The templates compile them into one class per API ({@code
 * BallchasingSpecFacts}, {@code BallisticaSpecFacts}) at build time, so nothing is parsed at run
 * time. Immutable.
 */
public final class SpecMetadata {
  private final String defaultServer;
  private final Map<String, OperationInfo> operations;
  private final Map<String, Map<String, List<RateWindow>>> rateLimits;
  private final Map<String, String> tierAliases;
  private final String unknownTier;
  private final Map<String, Integer> largestLimits;

  private SpecMetadata(Builder builder) {
    this.defaultServer = builder.defaultServer;
    this.operations = Map.copyOf(builder.operations);
    Map<String, Map<String, List<RateWindow>>> limits = new HashMap<>();
    Map<String, Integer> largest = new HashMap<>();
    // loops, not forEach lambdas: this runs in every cold build(), where each first lambda costs
    for (Map.Entry<String, Map<String, List<RateWindow>>> tier : builder.rateLimits.entrySet()) {
      Map<String, List<RateWindow>> copy = new HashMap<>();
      for (Map.Entry<String, List<RateWindow>> rateClass : tier.getValue().entrySet()) {
        copy.put(rateClass.getKey(), List.copyOf(rateClass.getValue()));
        for (RateWindow window : rateClass.getValue()) {
          Integer before = largest.get(rateClass.getKey());
          if (before == null || before < window.limit()) {
            largest.put(rateClass.getKey(), window.limit());
          }
        }
      }
      limits.put(tier.getKey(), Map.copyOf(copy));
    }
    this.rateLimits = Map.copyOf(limits);
    this.largestLimits = Map.copyOf(largest);
    this.tierAliases = Map.copyOf(builder.tierAliases);
    this.unknownTier = builder.unknownTier;
  }

  /**
   * Starts the facts of a spec; used by the generated facts classes.
   *
   * @param defaultServer the spec's first server URL
   * @return a builder
   */
  public static Builder builder(String defaultServer) {
    return new Builder(defaultServer);
  }

  /**
   * Returns the first server URL of the spec.
   *
   * @return the default base URL
   */
  public String defaultServer() {
    return defaultServer;
  }

  /**
   * Returns an operation by its operationId (the generated method's name).
   *
   * @param operationId the id
   * @param method the HTTP method actually used, for operations the spec does not list
   * @return the operation; an unlimited, unauthenticated, non-retried one when unknown
   */
  public OperationInfo operation(String operationId, String method) {
    OperationInfo info = operations.get(operationId);
    return info != null ? info : OperationInfo.unknown(operationId, method);
  }

  /**
   * Returns all operations.
   *
   * @return operations by operationId
   */
  public Map<String, OperationInfo> operations() {
    return operations;
  }

  /**
   * Returns the limits of a rate-limit class for a tier. A tier the spec does not list is limited
   * as the spec's {@code x-unknown-tier}, so a typo or a new tier never lifts the limits.
   *
   * @param tier the tier, e.g. {@code gold}
   * @param rateLimitClass the class, e.g. {@code list}
   * @return the windows; empty for classes without limits
   */
  public List<RateWindow> limits(String tier, String rateLimitClass) {
    String resolved = tierAliases.getOrDefault(tier, tier);
    Map<String, List<RateWindow>> classes = rateLimits.get(resolved);
    if (classes == null) {
      classes = unknownTier == null ? Map.of() : rateLimits.getOrDefault(unknownTier, Map.of());
    }
    return classes.getOrDefault(rateLimitClass, List.of());
  }

  /**
   * Returns the largest limit any tier has for a class: how many calls a shared history of the
   * class must remember to check every tier's windows.
   *
   * @param rateLimitClass the class
   * @return the largest limit, 0 when no tier limits the class
   */
  public int largestLimit(String rateLimitClass) {
    return largestLimits.getOrDefault(rateLimitClass, 0);
  }

  /**
   * Tells whether the spec states rate limits at all.
   *
   * @return true when {@code x-rate-limits} is present
   */
  public boolean hasRateLimits() {
    return !rateLimits.isEmpty();
  }

  /** Collects the facts of a spec, in the order the generated facts class states them. */
  public static final class Builder {
    private final String defaultServer;
    private final Map<String, OperationInfo> operations = new LinkedHashMap<>();
    private final Map<String, Map<String, List<RateWindow>>> rateLimits = new LinkedHashMap<>();
    private final Map<String, String> tierAliases = new HashMap<>();
    private String unknownTier;
    private String tier;

    private Builder(String defaultServer) {
      this.defaultServer = defaultServer;
    }

    /**
     * Starts the limits of a tier; the following {@link #limit} calls belong to it.
     *
     * @param name the tier, e.g. {@code gold}
     * @return this builder
     */
    public Builder tier(String name) {
      this.tier = name;
      rateLimits.putIfAbsent(name, new LinkedHashMap<>());
      return this;
    }

    /**
     * Adds the limits of a rate-limit class to the current tier.
     *
     * @param rateLimitClass the class
     * @param perSecond calls per second, 0 for no such limit
     * @param perHour calls per hour, 0 for no such limit
     * @return this builder
     */
    public Builder limit(String rateLimitClass, int perSecond, int perHour) {
      if (tier == null) {
        throw new IllegalStateException("limit() before tier()");
      }
      List<RateWindow> windows = new ArrayList<>();
      if (perSecond > 0) {
        windows.add(new RateWindow(perSecond, Duration.ofSeconds(1)));
      }
      if (perHour > 0) {
        windows.add(new RateWindow(perHour, Duration.ofHours(1)));
      }
      rateLimits.get(tier).put(rateLimitClass, windows);
      return this;
    }

    /**
     * Names a tier that is limited as another ({@code x-tier-aliases}).
     *
     * @param alias the tier name
     * @param tier the tier whose limits it has
     * @return this builder
     */
    public Builder tierAlias(String alias, String tier) {
      tierAliases.put(alias, tier);
      return this;
    }

    /**
     * Sets the tier whose limits apply to a tier the spec does not list ({@code x-unknown-tier}).
     *
     * @param tier the tier
     * @return this builder
     */
    public Builder unknownTier(String tier) {
      this.unknownTier = tier;
      return this;
    }

    /**
     * Starts an operation; its documented statuses follow, and {@link Operation#add()} adds it.
     *
     * @param operationId the spec's operationId
     * @param method the HTTP method
     * @param path the path template
     * @param rateLimitClass the {@code x-rate-limit-class}, {@code none} when absent
     * @param requiresAuth whether the spec secures it
     * @param idempotentOps the retry-safe body ops ({@code x-idempotent-ops})
     * @param idempotentByDesign {@code x-idempotent}
     * @param multiSegmentParameters the path parameters marked {@code x-multi-segment}
     * @return the operation being described
     */
    public Operation operation(
        String operationId,
        String method,
        String path,
        String rateLimitClass,
        boolean requiresAuth,
        Set<String> idempotentOps,
        boolean idempotentByDesign,
        Set<String> multiSegmentParameters) {
      return new Operation(
          this,
          new OperationInfo(
              operationId,
              method,
              path,
              rateLimitClass,
              requiresAuth,
              Set.copyOf(idempotentOps),
              idempotentByDesign,
              Set.copyOf(multiSegmentParameters),
              Map.of()));
    }

    /**
     * Returns the facts.
     *
     * @return the immutable facts
     */
    public SpecMetadata build() {
      return new SpecMetadata(this);
    }
  }

  /** One operation of a {@link Builder}, collecting its documented statuses. */
  public static final class Operation {
    private final Builder spec;
    private final OperationInfo facts;
    private final Map<Integer, Class<?>> responses = new HashMap<>();

    private Operation(Builder spec, OperationInfo facts) {
      this.spec = spec;
      this.facts = facts;
    }

    /**
     * Adds a documented status.
     *
     * @param status the status
     * @param bodyType the generated model of its body, {@code Void.class} for none
     * @return this operation
     */
    public Operation response(int status, Class<?> bodyType) {
      responses.put(status, bodyType);
      return this;
    }

    /**
     * Adds the operation to its spec.
     *
     * @return the spec builder
     */
    public Builder add() {
      spec.operations.put(facts.operationId(), facts.withResponseTypes(responses));
      return spec;
    }
  }
}
