/**
 * The clients' events as Micrometer meters.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.github.ballkit.micrometer;

import org.jspecify.annotations.NullMarked;
