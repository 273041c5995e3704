/**
 * The ballchasing.com client ({@link io.github.ballkit.ballchasing.BallchasingClient}) and the jobs
 * on top of it: uploads, group trees, stats CSV.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.github.ballkit.ballchasing;

import org.jspecify.annotations.NullMarked;
