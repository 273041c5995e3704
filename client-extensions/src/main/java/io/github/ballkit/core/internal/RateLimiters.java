package io.github.ballkit.core.internal;

import io.github.ballkit.core.RateLimitStore;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The limiters of one (base URL, token): one call history per rate-limit class, shared in this JVM
 * by every live client built with the same token against the same server, whatever its tier,
 * because the server counts per token. The tier only chooses the windows a client checks that
 * history against, so a copy with another tier (such as {@code withTierFromPing()}) starts from the
 * calls already made.
 *
 * <p>The registry holds a token's histories weakly and every client holds them strongly from the
 * moment it is built: they live as long as a client of the token does, and go with the last one. A
 * multi-tenant server building clients for many tokens, or a test suite building one per test,
 * keeps no history of clients that are gone. The price: a client built after every earlier client
 * of its token was collected starts with an empty history, while the server may still count the
 * earlier calls (its 429s are then honoured as always). Build one client per token and share it.
 *
 * <p>With a {@link RateLimitStore}, the histories live in the store instead, shared by every
 * process using it; the in-memory ones then only serve a store that falls back to local limits.
 */
final class RateLimiters {
  private static final WeakValueMap<Holder, Histories> SHARED = new WeakValueMap<>();

  private final SpecMetadata spec;
  private final String tier;

  /** This token's histories: the strong reference that keeps them shared. */
  private final Histories histories;

  private final RateLimitStore store;
  private final String scope;
  private final Duration longestAttempt;
  private final Clock clock;
  private final Map<String, ClassLimiter> storeLimiters = new ConcurrentHashMap<>();

  RateLimiters(SpecMetadata spec, String baseUrl, String token, String tier) {
    this(spec, baseUrl, token, tier, null, null);
  }

  /**
   * Creates the limiters of a client.
   *
   * @param store where the histories live, or {@code null} for this JVM
   * @param settings the client's settings (only read with a store)
   */
  RateLimiters(
      SpecMetadata spec,
      String baseUrl,
      String token,
      String tier,
      RateLimitStore store,
      RuntimeSettings settings) {
    this.spec = spec;
    this.tier = tier;
    this.histories = SHARED.computeIfAbsent(new Holder(baseUrl, token), new HistoriesFor(token));
    this.store = store;
    this.scope = store == null ? null : hex(sha256(baseUrl + '\n' + token), 32);
    this.longestAttempt =
        store == null ? null : settings.connectTimeout().plus(settings.readTimeout());
    this.clock = store == null ? null : settings.clock();
  }

  /**
   * Returns the windows this client's tier keeps to in a class.
   *
   * @param rateLimitClass the class, e.g. {@code list}
   * @return the windows; empty when the class has no limits
   */
  List<RateWindow> windows(String rateLimitClass) {
    return spec.limits(tier, rateLimitClass);
  }

  /**
   * Returns the call history of a class for this token, shared by every tier.
   *
   * @param rateLimitClass the class
   * @return the limiter
   */
  SlidingWindowLimiter forClass(String rateLimitClass) {
    // no computeIfAbsent lambda: this runs in every cold build()
    SlidingWindowLimiter limiter = histories.byClass.get(rateLimitClass);
    if (limiter == null) {
      SlidingWindowLimiter made = new SlidingWindowLimiter(spec.largestLimit(rateLimitClass));
      limiter = histories.byClass.putIfAbsent(rateLimitClass, made);
      return limiter == null ? made : limiter;
    }
    return limiter;
  }

  /**
   * Returns the gate of a class for this token: in the store when there is one, else {@link
   * #forClass}.
   *
   * @param rateLimitClass the class
   * @return the gate
   */
  ClassLimiter limiter(String rateLimitClass) {
    if (store == null) {
      return forClass(rateLimitClass);
    }
    return storeLimiters.computeIfAbsent(
        rateLimitClass,
        name ->
            new StoreLimiter(
                store,
                new RateLimitStore.History(scope, name, spec.largestLimit(name)),
                longestAttempt,
                () -> forClass(name),
                clock));
  }

  /**
   * Tells whether some live client keeps histories of a token (tests check they do not outlive
   * their clients).
   */
  static boolean sharedFor(String baseUrl, String token) {
    return SHARED.containsKey(new Holder(baseUrl, token));
  }

  /**
   * A token's call histories by rate-limit class. It holds the very token string its registry key
   * was made with, so that the key, which holds it weakly, stays valid as long as a client keeps
   * these histories, whichever copy of the token that client was built with.
   */
  /** Makes the histories of a token; a class, not a lambda, for a cold build()'s sake. */
  private static final class HistoriesFor implements Function<Holder, Histories> {
    private final String token;

    HistoriesFor(String token) {
      this.token = token;
    }

    @Override
    public Histories apply(Holder key) {
      return new Histories(token);
    }
  }

  private static final class Histories {
    private final Map<String, SlidingWindowLimiter> byClass = new ConcurrentHashMap<>();

    @SuppressWarnings("unused") // held, never read: see the class comment
    private final String token;

    Histories(String token) {
      this.token = token;
    }
  }

  /**
   * Keys the registry by the server and the token itself, so that building a client needs no {@link
   * MessageDigest}: the first digest of a JVM starts the security providers, which costs more than
   * the rest of {@code build()}. Only a store, whose keys leave the process, gets a digest (the
   * scope). The key holds the token weakly and its {@link Histories} hold it strongly, so the key
   * is valid while a client keeps them and an entry left by collected clients keeps no token alive.
   * The token is never shown: {@link #toString()} names the server alone.
   */
  private static final class Holder {
    private final String baseUrl;
    private final WeakReference<String> token;
    private final int hash;

    Holder(String baseUrl, String token) {
      this.baseUrl = baseUrl;
      this.token = new WeakReference<>(token);
      this.hash = 31 * baseUrl.hashCode() + token.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Holder that) || hash != that.hash || !baseUrl.equals(that.baseUrl)) {
        return false;
      }
      String mine = token.get();
      return mine != null && mine.equals(that.token.get());
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "histories of a token at " + baseUrl;
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private static String hex(byte[] digest, int bytes) {
    return HexFormat.of().formatHex(digest, 0, bytes);
  }
}
