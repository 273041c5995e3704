package io.github.ballkit.testkit.internal.emulator;

import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.SpecOperation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Routes requests by the spec's own paths, so an emulator handles operationIds and never repeats a
 * path the spec already states.
 */
public final class Routes {
  private final ApiSpec spec;

  /**
   * Creates the router.
   *
   * @param spec the spec
   */
  public Routes(ApiSpec spec) {
    this.spec = spec;
  }

  /**
   * A routed request.
   *
   * @param operation the spec operation
   * @param pathParams decoded path parameters
   */
  public record Route(SpecOperation operation, Map<String, String> pathParams) {
    /**
     * A decoded path parameter.
     *
     * @param name its name
     * @return its value
     */
    public String param(String name) {
      return pathParams.get(name);
    }

    /**
     * Whether the operation needs authentication (it does unless it declares {@code security: []}).
     *
     * @return true when a credential is required
     */
    public boolean needsAuth() {
      return operation.model().getSecurity() == null || !operation.model().getSecurity().isEmpty();
    }
  }

  /**
   * Resolves a request.
   *
   * @param method the method
   * @param requestPath the raw path ({@link ApiSpec#canonicalPath} applies)
   * @return the route, or empty when the spec has no such operation
   */
  public Optional<Route> route(String method, String requestPath) {
    String rawPath = spec.canonicalPath(requestPath);
    return spec.resolve(method, rawPath)
        .map(
            op -> {
              Map<String, String> decoded = new LinkedHashMap<>();
              op.template()
                  .match(rawPath)
                  .orElseThrow()
                  .forEach(
                      (k, v) ->
                          decoded.put(
                              k, URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)));
              return new Route(op, decoded);
            });
  }

  /**
   * Whether the path exists in the spec for some method.
   *
   * @param rawPath the raw path
   * @return true when some operation lives there
   */
  public boolean pathExists(String rawPath) {
    return !spec.operationsAt(rawPath).isEmpty();
  }
}
