package io.github.ballkit.core.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration of ballkit: tolerant reading, RFC 3339 dates that keep offsets.
 *
 * <p>Every client shares one mapper ({@link #shared()}), created on first use: creating it costs
 * about 180 ms in a cold JVM, which a {@code build()} should not pay, and each mapper of its own
 * would warm its serializer caches again. A mapper is thread-safe once configured, and this one is
 * never reconfigured after it is built.
 */
public final class Json {
  private Json() {}

  /** Holder idiom: the mapper is created when {@link #shared()} is first called, once. */
  private static final class Shared {
    static final ObjectMapper MAPPER = mapper();
  }

  /**
   * Returns the mapper all clients use, creating it on the first call.
   *
   * @return the shared mapper; never reconfigure it
   */
  public static ObjectMapper shared() {
    return Shared.MAPPER;
  }

  /**
   * Creates a new mapper configured like the shared one, for code that must not share its caches.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}
