/**
 * The Feign interfaces of the ballchasing API, one per tag of its spec, and their {@code
 * CompletableFuture} variants (generated).
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}, as optional properties and
 * parameters do.
 */
@NullMarked
package io.github.ballkit.ballchasing.api;

import org.jspecify.annotations.NullMarked;
