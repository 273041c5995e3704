package io.github.ballkit.core.internal;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.BadRequestException;
import io.github.ballkit.core.ConflictException;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.ForbiddenException;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.core.RateLimitedException;
import io.github.ballkit.core.ServerException;
import io.github.ballkit.core.UnauthorizedException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;

/**
 * Turns an error response into the typed exception of its status, with the API's code, message and
 * request id when the body has them, and the raw body either way.
 */
public final class BallkitErrorDecoder implements ErrorDecoder {
  private final ApiDefinition api;
  private final Clock clock;
  private final Redactor redactor;

  /** Reads error bodies with the shared mapper ({@link Json#shared()}), once there is one. */
  BallkitErrorDecoder(ApiDefinition api, Clock clock, Redactor redactor) {
    this.api = api;
    this.clock = clock;
    this.redactor = redactor;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return toException(OperationNames.of(response), response);
  }

  /**
   * Builds the typed exception for an error response (also used for streamed downloads, whose
   * errors Feign does not decode).
   *
   * @param operation the operationId
   * @param response the response; its body is read and closed
   * @return the exception to throw
   */
  public ApiException toException(String operation, Response response) {
    byte[] body = redactedBody(response);
    Class<?> model =
        api.spec()
            .operation(operation, "")
            .responseType(response.status())
            .orElse(api.errorModel());
    Object decoded = parse(body, model);
    ApiDefinition.ErrorText text =
        decoded == null ? ApiDefinition.ErrorText.NONE : api.hooks().errorText(decoded);
    ErrorDetails details =
        ErrorDetails.of(
            operation,
            response.status(),
            redactor.headers(response.headers()),
            body,
            redactor.text(text.code()),
            redactor.text(text.message()),
            redactor.text(text.requestId()));
    ApiException special = api.hooks().specialError(details, decoded);
    if (special != null) {
      return special;
    }
    return forStatus(details, clock);
  }

  /**
   * Returns the exception type of an error status, shared with responses from outside the API (the
   * signed upload URL).
   *
   * @param details the error
   * @param clock the clock a {@code Retry-After} date is read against
   * @return the typed exception
   */
  static ApiException forStatus(ErrorDetails details, Clock clock) {
    int status = details.status();
    return switch (status) {
      case 400 -> new BadRequestException(details);
      case 401 -> new UnauthorizedException(details);
      case 403 -> new ForbiddenException(details);
      case 404 -> new NotFoundException(details);
      case 409 -> new ConflictException(details);
      case 429 ->
          new RateLimitedException(
              details,
              RetryAfter.parse(details.header("Retry-After").orElse(null), clock)
                  .orElse((Duration) null));
      default -> status >= 500 ? new ServerException(details) : new ApiException(details);
    };
  }

  /**
   * Decodes an error body into the generated model the spec gives its status; {@code null} for a
   * body that is empty, no JSON object (an HTML gateway page) or cut off.
   */
  private Object parse(byte[] body, Class<?> model) {
    int start = 0;
    while (start < body.length && Character.isWhitespace(body[start])) {
      start++;
    }
    if (start == body.length || body[start] != '{') {
      return null;
    }
    try {
      return Json.shared().readValue(body, model);
    } catch (IOException | RuntimeException notTheModel) {
      return null;
    }
  }

  /**
   * Reads at most {@link ErrorExcerpt#MAX_BYTES} bytes of the body, without the token: a little
   * more is read first so that a token across the cut is masked too.
   */
  private byte[] redactedBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    byte[] body;
    try (InputStream in = response.body().asInputStream()) {
      body = in.readNBytes(ErrorExcerpt.MAX_BYTES + redactor.overlap());
    } catch (IOException e) {
      return new byte[0];
    }
    return ErrorExcerpt.cut(redactor.bytes(body));
  }
}
