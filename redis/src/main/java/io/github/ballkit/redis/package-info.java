/**
 * A {@link io.github.ballkit.core.RateLimitStore} in Redis, shared by several processes on one
 * token.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.github.ballkit.redis;

import org.jspecify.annotations.NullMarked;
