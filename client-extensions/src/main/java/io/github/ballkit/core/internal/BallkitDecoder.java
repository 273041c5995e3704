package io.github.ballkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decodes success bodies with Jackson: with the API's compiled readers ({@link JsonReading}) when
 * they vouch for the body, else with the shared mapper. An empty body or JSON {@code null} decodes
 * to {@code null}; a body that is not the JSON the spec promises (not JSON, the wrong shape, or
 * without a property the spec requires) becomes a {@link MalformedResponseException} carrying the
 * raw bytes, never a bare Jackson error. At most {@code maxBytes} of a body are read: a larger one
 * is a {@link ResponseTooLargeException} (the JDK transport refuses it before; another transport
 * may not).
 */
final class BallkitDecoder implements Decoder {
  private final Supplier<ObjectMapper> json;
  private final JsonReading.@Nullable Models models;
  private final Redactor redactor;
  private final int maxBytes;

  BallkitDecoder(
      Supplier<ObjectMapper> json,
      JsonReading.@Nullable Models models,
      Redactor redactor,
      int maxBytes) {
    this.json = json;
    this.models = models;
    this.redactor = redactor;
    this.maxBytes = maxBytes;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type == void.class || type == Void.class) {
      drain(response);
      return null;
    }
    String operation = OperationNames.of(response);
    byte[] body = response.body() == null ? new byte[0] : KeptBody.bytesOf(response.body());
    if (body == null) {
      Integer length = response.body().length();
      if (length != null && length > maxBytes) {
        throw tooLarge(operation, response);
      }
      try (InputStream in = response.body().asInputStream()) {
        body = in.readNBytes(maxBytes + 1);
      }
    }
    if (body.length > maxBytes) {
      throw tooLarge(operation, response);
    }
    if (isBlank(body)) {
      return null;
    }
    String contentType = contentType(response);
    if (contentType != null && !contentType.contains("json")) {
      throw malformed(operation, response, body, "expected JSON but got " + contentType);
    }
    if (models != null && type instanceof Class<?> model) {
      try {
        return JsonReading.read(models, model, body);
      } catch (IOException leftToTheMapper) {
        // a body the compiled readers do not vouch for: the mapper gives its value or its error
      }
    }
    ObjectMapper json = this.json.get();
    JavaType javaType = json.getTypeFactory().constructType(type);
    Object value;
    List<String> missing;
    try (CheckingParser parser =
        new CheckingParser(json.getFactory().createParser(body), javaType)) {
      value = json.readValue(parser, javaType);
      missing =
          parser.complete()
              ? parser.missing()
              : MissingProperties.in(json.getFactory(), body, javaType);
    } catch (IOException e) {
      // Jackson quotes the offending text, which could be (part of) an echoed token: describe the
      // problem from the masked body instead whenever the body held the token.
      byte[] masked = redactor.bytes(body);
      throw malformed(
          operation, response, body, masked == body ? problem(e) : problem(json, masked, javaType));
    }
    if (!missing.isEmpty()) {
      throw malformed(
          operation,
          response,
          body,
          "it lacks properties the spec requires: "
              + String.join(", ", missing)
              + (missing.size() == MissingProperties.MAX_NAMED ? ", ..." : ""));
    }
    return value;
  }

  private ResponseTooLargeException tooLarge(String operation, Response response) {
    response.close();
    return new ResponseTooLargeException(
        redactor.detailsWithoutBody(operation, response), maxBytes);
  }

  private static String problem(ObjectMapper json, byte[] masked, JavaType javaType) {
    try {
      json.readValue(masked, javaType);
      return "the body is not the JSON the spec describes";
    } catch (IOException e) {
      return problem(e);
    }
  }

  private static String problem(IOException e) {
    return e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.toString();
  }

  /** The exception for a body that is not the JSON promised, without the token anywhere in it. */
  private MalformedResponseException malformed(
      String operation, Response response, byte[] body, String problem) {
    byte[] masked = redactor.bytes(body);
    return new MalformedResponseException(
        ErrorDetails.of(
            operation,
            response.status(),
            redactor.headers(response.headers()),
            ErrorExcerpt.cut(masked),
            null,
            null,
            null),
        redactor.text(problem));
  }

  private static String contentType(Response response) {
    // a feign.Response keeps its headers in a case-insensitive map of its own
    Collection<String> values = response.headers().get("Content-Type");
    return values == null || values.isEmpty()
        ? null
        : values.iterator().next().toLowerCase(Locale.ROOT);
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
