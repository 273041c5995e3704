package io.github.ballkit.core.internal;

import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ErrorDetails;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What differs between the two APIs, and nothing else: the spec's compiled facts, how the token is
 * sent, the error model of statuses the spec does not document, how to read the code, message and
 * request id out of a decoded error model, and an optional hook that turns an error into an
 * API-specific exception (ballchasing's duplicate replay).
 *
 * @param name a short name for messages, e.g. {@code ballchasing}
 * @param spec the facts compiled from the spec
 * @param authScheme the prefix before the token in {@code Authorization} ({@code ""} for none)
 * @param errorModel the generated model an error body of an undocumented status is read as
 * @param errorText reads an error body, decoded into its generated model, into its parts
 * @param specialErrors maps an error (details and the decoded body, possibly {@code null}) to an
 *     API-specific exception, or returns {@code null} to use the standard one
 * @param directApis the spec facts' {@code direct} factory: the Feign-free implementation of a
 *     generated interface, or {@code null} for a type that is none
 * @param models the compiled readers of the spec's models ({@code *JsonReaders}), which read a
 *     success body without Jackson's mapper
 */
public record ApiDefinition(
    String name,
    SpecMetadata spec,
    String authScheme,
    Class<?> errorModel,
    Function<Object, ErrorText> errorText,
    BiFunction<ErrorDetails, Object, ApiException> specialErrors,
    BiFunction<Class<?>, DirectCalls, Object> directApis,
    JsonReading.Models models) {

  /**
   * The parts of an error body the typed exceptions carry.
   *
   * @param code the API's error code, or {@code null}
   * @param message the human-readable message, or {@code null}
   * @param requestId the server's request id, or {@code null}
   */
  public record ErrorText(String code, String message, String requestId) {
    /** A body with none of the parts. */
    public static final ErrorText NONE = new ErrorText(null, null, null);
  }
}
