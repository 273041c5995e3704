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
 * by every client built with the same token against the same server, whatever its tier, because the
 * server counts per token. The tier only chooses the windows a client checks that history against,
 * so a copy with another tier (such as {@code withTierFromPing()}) starts from the calls already
 * made.
 */
final class RateLimiters {
  private static final Map<String, SlidingWindowLimiter> SHARED = new ConcurrentHashMap<>();

  private final SpecMetadata spec;
  private final String keyPrefix;
  private final String tier;

  RateLimiters(SpecMetadata spec, String baseUrl, String token, String tier) {
    this.spec = spec;
    this.tier = tier;
    this.keyPrefix = baseUrl + '|' + fingerprint(token) + '|';
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
    return SHARED.computeIfAbsent(
        keyPrefix + rateLimitClass,
        key -> new SlidingWindowLimiter(spec.largestLimit(rateLimitClass)));
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
