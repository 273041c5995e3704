/**
 * The runtime both clients share: their builder and base class, the typed errors ({@link
 * io.github.ballkit.core.BallkitException} and its subclasses), rate-limit stores, events and
 * transfers.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.github.ballkit.core;

import org.jspecify.annotations.NullMarked;
