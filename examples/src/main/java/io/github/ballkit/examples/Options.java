package io.github.ballkit.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The command-line options of {@link Examples}.
 *
 * @param live run against the real services instead of the embedded emulators
 * @param replays a folder of {@code .replay} files to upload, or {@code null} for sample files
 * @param player the player whose replays are listed, or {@code null}: one of the uploaded replays
 *     against the emulators, {@code Quixtic} live
 * @param modFolder a mod folder to sync, or {@code null} for a sample one
 * @param max list at most this many replays
 * @param since list only replays uploaded after this instant, or {@code null}
 * @param keep keep the work folder (downloads, sample data) instead of deleting it at the end
 */
public record Options(
    boolean live,
    Path replays,
    String player,
    Path modFolder,
    int max,
    OffsetDateTime since,
    boolean keep) {

  /** What {@link #parse} accepts. */
  public static final String USAGE =
      "usage: Examples [--live] [--replays <folder>] [--player <name>] [--max <count>]"
          + " [--since <yyyy-mm-dd or RFC 3339 instant>] [--mod <folder>] [--keep]";

  private static final int DEFAULT_MAX = 500;

  /**
   * The defaults: emulators, sample data, at most 500 replays listed.
   *
   * @return the options
   */
  public static Options embedded() {
    return new Options(false, null, null, null, DEFAULT_MAX, null, false);
  }

  /**
   * Parses the command line.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException for an unknown option, a missing or malformed value
   */
  public static Options parse(List<String> args) {
    boolean live = false;
    boolean keep = false;
    Path replays = null;
    Path mod = null;
    String player = null;
    int max = DEFAULT_MAX;
    OffsetDateTime since = null;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      switch (option) {
        case "--live" -> live = true;
        case "--keep" -> keep = true;
        case "--replays" -> replays = Path.of(value(args, ++i, option));
        case "--player" -> player = value(args, ++i, option);
        case "--mod" -> mod = Path.of(value(args, ++i, option));
        case "--max" -> max = positive(value(args, ++i, option), option);
        case "--since" -> since = instant(value(args, ++i, option), option);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new Options(live, replays, player, mod, max, since, keep);
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size() || args.get(index).startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }

  private static int positive(String text, String option) {
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a positive whole number, not " + text);
  }

  private static OffsetDateTime instant(String text, String option) {
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " needs a date (2024-01-31) or an instant (2024-01-31T18:00:00Z), not " + text);
    }
  }
}
