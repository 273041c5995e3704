package io.github.ballkit.core.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Refuses, before anything is sent, a request whose path has an empty, {@code .} or {@code ..}
 * segment: a path parameter holding {@code ../} would otherwise address another resource.
 */
final class PathGuard implements RequestInterceptor {

  @Override
  public void apply(RequestTemplate template) {
    String path = template.path();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      String decoded = segment.replace("%2E", ".").replace("%2e", ".");
      if ((segment.isEmpty() && !last) || decoded.equals(".") || decoded.equals("..")) {
        throw new IllegalArgumentException(
            "refusing to send a request whose path has an empty, '.' or '..' segment: " + path);
      }
    }
  }
}
