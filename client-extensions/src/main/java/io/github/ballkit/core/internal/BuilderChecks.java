package io.github.ballkit.core.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** What a builder checks in its options before it builds anything, kept out of the public class. */
public final class BuilderChecks {
  private BuilderChecks() {}

  /**
   * Says what is wrong with a base URL.
   *
   * @param baseUrl the URL given
   * @return the problem, or {@code null} for an absolute http(s) URL with a host and without query
   *     or fragment
   */
  public static String baseUrlProblem(String baseUrl) {
    try {
      URI uri = new URI(baseUrl);
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
        return "it must start with http:// or https://";
      } else if (uri.getHost() == null) {
        return "it has no host";
      } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        return "it must not have a query or a fragment";
      }
      return null;
    } catch (URISyntaxException e) {
      return e.getReason() + " at index " + e.getIndex();
    }
  }

  /**
   * Finds the first character of a token that cannot be sent in a header.
   *
   * @param token the token, stripped
   * @return the index of the first character outside visible ASCII (33 to 126), or -1
   */
  public static int firstUnsendable(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return i;
      }
    }
    return -1;
  }
}
