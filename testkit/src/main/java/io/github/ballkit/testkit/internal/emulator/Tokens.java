package io.github.ballkit.testkit.internal.emulator;

import java.util.Locale;

/**
 * Which tokens the emulators refuse. They accept any token as a user of its own, so tests need no
 * setup; a token containing {@code invalid} (any case) is refused with 401, as the real services
 * refuse a revoked or mistyped key, so the "bad token" case can be tested too.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * Whether a token is refused.
   *
   * @param token the token as sent
   * @return true when it contains {@code invalid}
   */
  public static boolean refused(String token) {
    return token.toLowerCase(Locale.ROOT).contains("invalid");
  }
}
