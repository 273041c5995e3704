/**
 * The Ballistica client ({@link io.github.ballkit.ballistica.BallisticaClient}): accounts, cloud
 * workspaces and their files.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.github.ballkit.ballistica;

import org.jspecify.annotations.NullMarked;
