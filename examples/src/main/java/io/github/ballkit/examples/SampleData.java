package io.github.ballkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Small synthetic inputs so the examples run on a fresh machine: the emulator does not parse
 * replays, so a "replay" here is a few KB of seeded random bytes with a {@code .replay} name.
 */
public final class SampleData {
  private SampleData() {}

  /**
   * Writes {@code count} distinct replay files, the second half of them in a sub-folder {@code
   * playoffs} (a sub-group once uploaded), plus a copy of the first (a duplicate).
   */
  public static Path replayFolder(Path dir, int count) throws IOException {
    Files.createDirectories(dir.resolve("playoffs"));
    byte[] first = null;
    for (int i = 1; i <= count; i++) {
      byte[] bytes = new byte[8 * 1024 + i * 512];
      new Random(1000 + i).nextBytes(bytes);
      Path folder = i > count / 2 ? dir.resolve("playoffs") : dir;
      Files.write(folder.resolve(String.format("match-%02d.replay", i)), bytes);
      if (first == null) {
        first = bytes;
      }
    }
    Files.write(dir.resolve(String.format("match-%02d-same-as-01.replay", count + 1)), first);
    return dir;
  }

  /** Writes a small mod folder: a plugin, its config and a data file in a sub-folder. */
  public static Path modFolder(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(
        dir.resolve("plugin.py"),
        "# ba_meta require api 9\nimport babase\n\nclass Plugin(babase.Plugin):\n    pass\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("config.json"), "{\"speed\": 2}\n", StandardCharsets.UTF_8);
    byte[] blob = new byte[64 * 1024];
    new Random(42).nextBytes(blob);
    Files.write(dir.resolve("data/levels.bstr"), blob);
    return dir;
  }

  /**
   * Changes a folder made by {@link #modFolder} the way a modder would between two syncs: edits
   * {@code config.json} (its size changes too) and deletes {@code data/levels.bstr} with its
   * folder.
   */
  public static void changeModFolder(Path dir, PrintStream out) throws IOException {
    Files.writeString(
        dir.resolve("config.json"), "{\"speed\": 3, \"jump\": true}\n", StandardCharsets.UTF_8);
    out.println("  edited config.json");
    Files.delete(dir.resolve("data/levels.bstr"));
    Files.delete(dir.resolve("data"));
    out.println("  deleted data/levels.bstr and the folder data/");
  }
}
