package io.github.ballkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder for one run of the examples (sample data, downloads), deleted with everything
 * in it when closed unless the user asked to keep it.
 */
final class WorkFolder implements AutoCloseable {
  private final Path path;
  private final boolean keep;
  private final PrintStream out;

  private WorkFolder(Path path, boolean keep, PrintStream out) {
    this.path = path;
    this.keep = keep;
    this.out = out;
  }

  static WorkFolder create(Path parent, boolean keep, PrintStream out) throws IOException {
    return new WorkFolder(Files.createTempDirectory(parent, "ballkit-examples"), keep, out);
  }

  Path path() {
    return path;
  }

  /** Deletes the folder, best effort: what cannot be deleted stays, silently. */
  @Override
  public void close() {
    if (keep) {
      out.println("Kept the work folder " + path + " (--keep)");
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(path)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (IOException e) {
      return;
    }
    for (Path each : all) {
      try {
        Files.deleteIfExists(each);
      } catch (IOException e) {
        // best effort: a leftover in the temporary folder harms nobody
      }
    }
  }
}
