package io.github.ballkit.redis;

import io.github.ballkit.core.RateLimitStore.History;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a history's keys: {@code <prefix>{<hmac>:<class>}:<part>}, where the HMAC-SHA256 of the
 * history's scope (itself a digest of token and server) is keyed by the store's secret. The braces
 * put every key of a history in one Redis Cluster slot, as a script needs.
 */
final class KeyNames {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String prefix;
  private final ThreadLocal<Mac> macs;

  KeyNames(String prefix, byte[] secret) {
    this.prefix = prefix;
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
              }
            });
  }

  Keys of(History history) {
    byte[] digest = macs.get().doFinal(history.scope().getBytes(StandardCharsets.UTF_8));
    String group =
        prefix
            + '{'
            + HexFormat.of().formatHex(digest, 0, 16)
            + ':'
            + history.rateLimitClass()
            + '}';
    return new Keys(group);
  }

  static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** The keys of one history. */
  record Keys(String group) {
    String done() {
      return group + ":done";
    }

    String held() {
      return group + ":held";
    }

    String pause() {
      return group + ":pause";
    }

    String epoch() {
      return group + ":epoch";
    }

    String[] forAcquire() {
      return new String[] {done(), held(), pause(), epoch()};
    }

    String[] forRelease() {
      return new String[] {done(), held(), epoch()};
    }

    String[] forPause() {
      return new String[] {pause()};
    }
  }
}
