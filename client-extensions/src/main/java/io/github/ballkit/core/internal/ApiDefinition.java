package io.github.ballkit.core.internal;

import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ErrorDetails;
import org.jspecify.annotations.Nullable;

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
 * @param hooks the API's code the runtime calls: error bodies' parts, special errors, the
 *     Feign-free interfaces
 * @param models the compiled readers of the spec's models ({@code *JsonReaders}), which read a
 *     success body without Jackson's mapper
 */
public record ApiDefinition(
    String name,
    SpecMetadata spec,
    String authScheme,
    Class<?> errorModel,
    Hooks hooks,
    JsonReading.Models models) {

  /**
   * The API's own code the runtime calls. An interface implemented by a class of each API, not
   * functions given as lambdas: the first lambdas of a JVM cost a cold {@code build()} milliseconds
   * each.
   */
  public interface Hooks {
    /**
     * Reads an error body, decoded into its generated model, into its parts.
     *
     * @param body the decoded error body
     * @return its parts; {@link ErrorText#NONE} for a body with none
     */
    ErrorText errorText(Object body);

    /**
     * Maps an error to an API-specific exception.
     *
     * @param details the error's details
     * @param body the decoded error body, possibly {@code null}
     * @return the exception, or {@code null} to use the standard one
     */
    @Nullable ApiException specialError(ErrorDetails details, @Nullable Object body);

    /**
     * Returns the Feign-free implementation of a generated interface (the spec facts' {@code
     * direct} factory).
     *
     * @param type the generated interface
     * @param calls the client's direct calls
     * @return the implementation, or {@code null} for a type that is none
     */
    @Nullable Object direct(Class<?> type, DirectCalls calls);
  }

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
