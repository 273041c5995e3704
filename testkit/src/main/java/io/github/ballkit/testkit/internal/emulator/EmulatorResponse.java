package io.github.ballkit.testkit.internal.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an emulator answers.
 *
 * @param status the HTTP status
 * @param headers response headers
 * @param body the body bytes (empty for none)
 */
public record EmulatorResponse(int status, Map<String, String> headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A JSON answer.
   *
   * @param status the status
   * @param value a Jackson tree or any value Jackson writes
   * @return the response
   */
  public static EmulatorResponse json(int status, Object value) {
    try {
      return new EmulatorResponse(
          status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An answer without body.
   *
   * @param status such as 204
   * @return the response
   */
  public static EmulatorResponse empty(int status) {
    return new EmulatorResponse(status, Map.of(), new byte[0]);
  }

  /**
   * A binary answer.
   *
   * @param bytes the body
   * @return a 200 with {@code application/octet-stream} and its {@code Content-Length}, as file
   *     servers send (resumable downloads compare it with what is on disk)
   */
  public static EmulatorResponse bytes(byte[] bytes) {
    return new EmulatorResponse(
        200,
        Map.of(
            "Content-Type",
            "application/octet-stream",
            "Content-Length",
            Integer.toString(bytes.length)),
        bytes);
  }

  /**
   * The same response with one more header.
   *
   * @param name the header
   * @param value its value
   * @return a new response
   */
  public EmulatorResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new EmulatorResponse(status, more, body);
  }
}
