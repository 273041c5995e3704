package io.github.ballkit.testkit.internal.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
  /**
   * Writes the generated models as the services do: dates as text, UTC times with {@code Z} and no
   * or six fractional digits ({@link Times#utc}), other offsets kept as they are.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule().addSerializer(OffsetDateTime.class, new WireTime()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  /** An {@link OffsetDateTime} in the services' wire format. */
  private static final class WireTime extends JsonSerializer<OffsetDateTime> {
    @Override
    public void serialize(OffsetDateTime value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeString(
          value.getOffset().equals(ZoneOffset.UTC)
              ? Times.utc(value.toInstant())
              : value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }

  /**
   * A JSON answer.
   *
   * @param status the status
   * @param value a generated model (built with its builder), a Jackson tree or any value Jackson
   *     writes
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
