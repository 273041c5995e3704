package io.github.ballkit.ballchasing;

import io.github.ballkit.ballchasing.internal.BallchasingJsonReaders;
import io.github.ballkit.ballchasing.internal.BallchasingSpecFacts;
import io.github.ballkit.ballchasing.model.DuplicateReplay;
import io.github.ballkit.ballchasing.model.ErrorBody;
import io.github.ballkit.ballchasing.model.RateLimitedBody;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.internal.ApiDefinition;
import io.github.ballkit.core.internal.DirectCalls;
import org.jspecify.annotations.Nullable;

/** What makes the shared runtime ballchasing's: its spec facts, raw-token auth and error bodies. */
final class BallchasingApi {
  static final ApiDefinition DEFINITION =
      new ApiDefinition(
          "ballchasing",
          BallchasingSpecFacts.METADATA,
          "",
          ErrorBody.class,
          new Hooks(),
          BallchasingJsonReaders.INSTANCE);

  private BallchasingApi() {}

  private static final class Hooks implements ApiDefinition.Hooks {
    @Override
    public ApiDefinition.ErrorText errorText(Object body) {
      return BallchasingApi.errorText(body);
    }

    @Override
    public @Nullable ApiException specialError(ErrorDetails details, @Nullable Object body) {
      return duplicateReplay(details, body);
    }

    @Override
    public @Nullable Object direct(Class<?> type, DirectCalls calls) {
      return BallchasingSpecFacts.direct(type, calls);
    }
  }

  /** The parts of ballchasing's error bodies: a message and a request id, no code. */
  static ApiDefinition.ErrorText errorText(Object body) {
    if (body instanceof ErrorBody error) {
      return new ApiDefinition.ErrorText(null, error.error(), error.requestId());
    }
    if (body instanceof RateLimitedBody limited) {
      return new ApiDefinition.ErrorText(null, limited.error(), limited.requestId());
    }
    if (body instanceof DuplicateReplay duplicate) {
      return new ApiDefinition.ErrorText(null, duplicate.error(), duplicate.requestId());
    }
    return ApiDefinition.ErrorText.NONE;
  }

  /**
   * An error the spec answers with a {@code DuplicateReplay} body (the 409 of the replay upload)
   * names the replay already stored; an error elsewhere, a 409 included, is the standard one.
   */
  static @Nullable ApiException duplicateReplay(ErrorDetails details, @Nullable Object body) {
    if (!(body instanceof DuplicateReplay duplicate) || duplicate.id() == null) {
      return null;
    }
    return new DuplicateReplayException(details, duplicate.id(), duplicate.location());
  }
}
