package io.github.ballkit.testkit.internal.emulator;

/** An in-memory imitation of an API: one request in, one response out. Must be thread-safe. */
public interface Emulator {
  /**
   * Answers a request.
   *
   * @param request the request
   * @param rootUrl the server root URL, such as {@code http://127.0.0.1:8089}, for links
   * @return the answer
   */
  EmulatorResponse handle(EmulatorRequest request, String rootUrl);

  /**
   * The spec operations this emulator answers (the build checks them against the spec).
   *
   * @return operationIds
   */
  java.util.Set<String> servedOperations();
}
