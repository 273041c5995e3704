package io.github.ballkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ErrorDetails;
import java.util.function.BiFunction;

/**
 * What differs between the two APIs, and nothing else: where the spec is, how the token is sent,
 * which error-body fields hold the code and the message, and an optional hook that turns an error
 * into an API-specific exception (ballchasing's duplicate replay).
 *
 * @param name a short name for messages, e.g. {@code ballchasing}
 * @param specResource the classpath location of the spec
 * @param authScheme the prefix before the token in {@code Authorization} ({@code ""} for none)
 * @param errorCodeField the error body's code field, or {@code null} when the API has no codes
 * @param errorMessageField the error body's message field
 * @param specialErrors maps an error (details and parsed JSON body, possibly {@code null}) to an
 *     API-specific exception, or returns {@code null} to use the standard one
 */
public record ApiDefinition(
    String name,
    String specResource,
    String authScheme,
    String errorCodeField,
    String errorMessageField,
    BiFunction<ErrorDetails, JsonNode, ApiException> specialErrors) {}
