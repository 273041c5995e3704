package io.github.ballkit.core.internal;

import java.time.Duration;

/**
 * At most {@code limit} calls in any window of length {@code window}.
 *
 * @param limit the number of calls
 * @param window the window length
 */
public record RateWindow(int limit, Duration window) {}
