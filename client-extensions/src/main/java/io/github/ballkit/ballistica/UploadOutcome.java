package io.github.ballkit.ballistica;

/**
 * What an upload did.
 *
 * @param path the workspace path
 * @param size the file's size in bytes
 * @param sha256 the file's SHA-256, lowercase hex
 * @param transferred {@code false} when the server already held identical content ({@code exists})
 *     and no bytes were sent
 */
public record UploadOutcome(WorkspacePath path, long size, String sha256, boolean transferred) {}
