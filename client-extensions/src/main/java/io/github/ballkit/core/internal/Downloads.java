package io.github.ballkit.core.internal;

import io.github.ballkit.core.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Streams a download to a file: into a temporary sibling first, then moved into place. */
public final class Downloads {
  private Downloads() {}

  /**
   * Copies a body to a file, so a failed download never leaves a truncated file behind.
   *
   * @param operation the operationId, for errors
   * @param body the body stream; closed here
   * @param target the file to write
   * @return the target
   * @throws TransportException when the body cannot be read or the file cannot be written
   */
  public static Path toFile(String operation, InputStream body, Path target) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try (InputStream in = body) {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, ".ballkit-", ".part");
      Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new TransportException(
          operation, operation + " could not be saved to " + target + ": " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // best effort: the move already happened or the error above is the one that matters
        }
      }
    }
  }
}
