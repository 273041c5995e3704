package io.github.ballkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limiters of one (base URL, token, tier): one per rate-limit class. Every client built with
 * the same token against the same server shares them, in this JVM, because the server counts per
 * token.
 */
final class RateLimiters {
  private static final Map<String, SlidingWindowLimiter> SHARED = new ConcurrentHashMap<>();

  private final SpecMetadata spec;
  private final String keyPrefix;
  private final String tier;

  RateLimiters(SpecMetadata spec, String baseUrl, String token, String tier) {
    this.spec = spec;
    this.tier = tier;
    this.keyPrefix = baseUrl + '|' + fingerprint(token) + '|' + tier + '|';
  }

  /** Returns the limiter of a class, or {@code null} when the class has no limits. */
  SlidingWindowLimiter forClass(String rateLimitClass) {
    List<RateWindow> limits = spec.limits(tier, rateLimitClass);
    if (limits.isEmpty()) {
      return null;
    }
    return SHARED.computeIfAbsent(
        keyPrefix + rateLimitClass, key -> new SlidingWindowLimiter(limits));
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
