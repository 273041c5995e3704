package io.github.ballkit.testkit;

import io.github.ballkit.ballchasing.DuplicateReplayException;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.BadRequestException;
import io.github.ballkit.core.ConflictException;
import io.github.ballkit.core.ForbiddenException;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.NotFoundException;
import io.github.ballkit.core.RateLimitedException;
import io.github.ballkit.core.ServerException;
import io.github.ballkit.core.UnauthorizedException;

/**
 * The typed exception a caller must get for an error status, as the README's error table promises:
 * 400 {@link BadRequestException}, 401 {@link UnauthorizedException}, 403 {@link
 * ForbiddenException}, 404 {@link NotFoundException}, 409 {@link ConflictException} ({@link
 * DuplicateReplayException} for ballchasing's replay upload only), 429 {@link
 * RateLimitedException}, 5xx {@link ServerException}, anything else {@link ApiException}.
 *
 * <p>The duplicate-upload rule is stated here as the product states it, not read from the spec as
 * the client does, so the gate checks the client's reading instead of repeating it.
 */
final class ExpectedError {
  private static final String DUPLICATE_UPLOAD = "uploadReplay";

  private ExpectedError() {}

  static Class<? extends ApiException> of(Api api, String operationId, int status) {
    return switch (status) {
      case 400 -> BadRequestException.class;
      case 401 -> UnauthorizedException.class;
      case 403 -> ForbiddenException.class;
      case 404 -> NotFoundException.class;
      case 409 ->
          api == Api.BALLCHASING && DUPLICATE_UPLOAD.equals(operationId)
              ? DuplicateReplayException.class
              : ConflictException.class;
      case 429 -> RateLimitedException.class;
      default -> status >= 500 ? ServerException.class : ApiException.class;
    };
  }

  /**
   * Checks what a call answered with an error status threw.
   *
   * @throws AssertionError naming the operation, the status, the expected and the actual outcome
   */
  static void check(Api api, String operationId, int status, Throwable thrown) {
    Class<? extends ApiException> expected = of(api, operationId, status);
    String problem = null;
    if (thrown == null) {
      problem = "returned normally";
    } else if (!expected.isInstance(thrown) || thrown instanceof MalformedResponseException) {
      problem = "threw " + thrown;
    } else if (((ApiException) thrown).status() != status) {
      problem =
          "threw "
              + thrown.getClass().getSimpleName()
              + " with status "
              + ((ApiException) thrown).status();
    }
    if (problem != null) {
      AssertionError error =
          new AssertionError(
              operationId
                  + " answered "
                  + status
                  + " should throw "
                  + expected.getSimpleName()
                  + " with status() "
                  + status
                  + ", but "
                  + problem);
      if (thrown != null) {
        error.initCause(thrown);
      }
      throw error;
    }
  }
}
