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
}
