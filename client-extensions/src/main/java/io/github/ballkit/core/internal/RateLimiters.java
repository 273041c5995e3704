package io.github.ballkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 */
final class RateLimiters {
  private static final WeakValueMap<String, Map<String, SlidingWindowLimiter>> SHARED =
      new WeakValueMap<>();

  private final SpecMetadata spec;
  private final String tier;

  /** This token's histories by class: the strong reference that keeps them shared. */
  private final Map<String, SlidingWindowLimiter> histories;

  RateLimiters(SpecMetadata spec, String baseUrl, String token, String tier) {
    this.spec = spec;
    this.tier = tier;
    this.histories = SHARED.computeIfAbsent(key(baseUrl, token), key -> new ConcurrentHashMap<>());
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
    return histories.computeIfAbsent(
        rateLimitClass, name -> new SlidingWindowLimiter(spec.largestLimit(name)));
  }

  /**
   * Tells whether some live client keeps histories of a token (tests check they do not outlive
   * their clients).
   */
  static boolean sharedFor(String baseUrl, String token) {
    return SHARED.containsKey(key(baseUrl, token));
  }

  private static String key(String baseUrl, String token) {
    return baseUrl + '|' + fingerprint(token);
  }

  /** Keys by a digest so the registry never holds the token itself. */
  private static String fingerprint(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
