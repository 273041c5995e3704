package io.github.ballkit.core;

import java.net.URI;
import java.net.URISyntaxException;

/** The checks {@link ClientBuilder#build()} makes before any request: token and base URL. */
final class OptionChecks {
  private OptionChecks() {}

  /**
   * Checks that a base URL is an absolute http(s) URL without query or fragment.
   *
   * @throws IllegalStateException naming the API, the URL, the problem and where the URL came from
   */
  static void checkBaseUrl(String api, String baseUrl, String baseUrlVariable) {
    String problem;
    try {
      URI uri = new URI(baseUrl);
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
        problem = "it must start with http:// or https://";
      } else if (uri.getHost() == null) {
        problem = "it has no host";
      } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        problem = "it must not have a query or a fragment";
      } else {
        return;
      }
    } catch (URISyntaxException e) {
      problem = e.getReason() + " at index " + e.getIndex();
    }
    throw new IllegalStateException(
        "Invalid "
            + api
            + " base URL '"
            + baseUrl
            + "': "
            + problem
            + ". Check the value given to baseUrl(...) or the environment variable "
            + baseUrlVariable);
  }

  /** Returns the index of the first character outside visible ASCII (33 to 126), or -1. */
  static int firstUnsendable(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return i;
      }
    }
    return -1;
  }
}
