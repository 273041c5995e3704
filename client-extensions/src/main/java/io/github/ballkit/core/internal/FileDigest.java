package io.github.ballkit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The size and SHA-256 of a file, computed by streaming it (64 KiB at a time), so memory stays flat
 * whatever the file's size.
 *
 * @param size bytes
 * @param sha256 lowercase hex
 */
public record FileDigest(long size, String sha256) {

  /**
   * Reads a file once.
   *
   * @param file the file
   * @return its size and digest
   * @throws IOException when it cannot be read
   */
  public static FileDigest of(Path file) throws IOException {
    MessageDigest digest = newDigest();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read; (read = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, read);
        size += read;
      }
    }
    return new FileDigest(size, HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Digests bytes in memory.
   *
   * @param bytes the content
   * @return its size and digest
   */
  public static FileDigest of(byte[] bytes) {
    return new FileDigest(bytes.length, HexFormat.of().formatHex(newDigest().digest(bytes)));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
