package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Decodes success bodies with Jackson. An empty body or JSON {@code null} decodes to {@code null};
 * a body that is not the JSON the spec promises becomes a {@link MalformedResponseException}
 * carrying the raw bytes, never a bare Jackson error.
 */
final class BallkitDecoder implements Decoder {
  private final ObjectMapper json;

  BallkitDecoder(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type == void.class || type == Void.class) {
      drain(response);
      return null;
    }
    byte[] body;
    if (response.body() == null) {
      body = new byte[0];
    } else {
      try (InputStream in = response.body().asInputStream()) {
        body = in.readAllBytes();
      }
    }
    if (isBlank(body)) {
      return null;
    }
    String operation = OperationNames.of(response);
    String contentType = contentType(response);
    if (contentType != null && !contentType.contains("json")) {
      throw malformed(operation, response, body, "expected JSON but got " + contentType);
    }
    JavaType javaType = json.getTypeFactory().constructType(type);
    try {
      return json.readValue(body, javaType);
    } catch (IOException e) {
      throw malformed(
          operation,
          response,
          body,
          e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.toString());
    }
  }

  private static MalformedResponseException malformed(
      String operation, Response response, byte[] body, String problem) {
    byte[] kept =
        body.length > BallkitErrorDecoder.MAX_ERROR_BODY
            ? java.util.Arrays.copyOf(body, BallkitErrorDecoder.MAX_ERROR_BODY)
            : body;
    return new MalformedResponseException(
        ErrorDetails.of(operation, response.status(), response.headers(), kept, null, null, null),
        problem);
  }

  private static String contentType(Response response) {
    for (var header : response.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase("Content-Type") && !header.getValue().isEmpty()) {
        return header.getValue().iterator().next().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static void drain(Response response) throws IOException {
    if (response.body() != null) {
      response.body().close();
    }
  }
}
