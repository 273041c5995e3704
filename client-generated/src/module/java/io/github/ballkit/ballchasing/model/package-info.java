/**
 * The models of the ballchasing API: immutable classes with builders and open enums (generated).
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}, as optional properties and
 * parameters do.
 */
@NullMarked
package io.github.ballkit.ballchasing.model;

import org.jspecify.annotations.NullMarked;
