package io.github.ballkit.compat;

import java.util.List;

/**
 * What the gate found and decided.
 *
 * @param changes every change, spec and Java API
 * @param baselineVersion the release of the baseline
 * @param version the project's version
 * @param breakingAllowed whether the version declares a breaking release
 */
record Result(
    List<Change> changes, String baselineVersion, String version, boolean breakingAllowed) {

  long breaking() {
    return changes.stream().filter(Change::breaking).count();
  }

  boolean fails() {
    return breaking() > 0 && !breakingAllowed;
  }

  /** The report a maintainer reads: each breaking change with why and what to do, then the rest. */
  String report() {
    StringBuilder out = new StringBuilder();
    out.append("# Compatibility of ")
        .append(version)
        .append(" with ")
        .append(baselineVersion)
        .append("\n\n");
    if (changes.isEmpty()) {
      out.append("No change to the specs or the generated API.\n");
      return out.toString();
    }
    List<Change> breaking = changes.stream().filter(Change::breaking).toList();
    if (!breaking.isEmpty()) {
      out.append("## Breaking (")
          .append(breaking.size())
          .append(fails() ? ", not allowed in this version" : ", allowed: breaking release")
          .append(")\n\n");
      for (Change change : breaking) {
        out.append("- **")
            .append(change.where())
            .append("** (")
            .append(change.source())
            .append("): ")
            .append(change.what())
            .append("\n  - why it breaks callers: ")
            .append(change.why())
            .append("\n  - what to do: ")
            .append(change.todo())
            .append("\n");
      }
      if (fails()) {
        out.append(
            "\nTo ship these anyway, declare a breaking release: set the project's version to the"
                + " next major version (below 1.0: the next minor version).\n");
      }
      out.append("\n");
    }
    List<Change> compatible = changes.stream().filter(c -> !c.breaking()).toList();
    if (!compatible.isEmpty()) {
      out.append("## Compatible (").append(compatible.size()).append(")\n\n");
      compatible.forEach(change -> out.append(change.changelogLine()).append("\n"));
    }
    return out.toString();
  }

  /** A draft for {@code CHANGELOG.md}: what callers gain, and what breaks when allowed. */
  String changelog() {
    StringBuilder out = new StringBuilder("## ").append(version.replace("-SNAPSHOT", ""));
    out.append("\n\n");
    List<Change> breaking = changes.stream().filter(Change::breaking).toList();
    if (!breaking.isEmpty()) {
      out.append("### Breaking\n\n");
      breaking.forEach(change -> out.append(change.changelogLine()).append("\n"));
      out.append("\n");
    }
    List<Change> added =
        changes.stream().filter(c -> !c.breaking() && c.source().endsWith("spec")).toList();
    if (!added.isEmpty()) {
      out.append("### Added and changed\n\n");
      added.forEach(change -> out.append(change.changelogLine()).append("\n"));
    }
    if (changes.isEmpty()) {
      out.append("No change to the APIs.\n");
    }
    return out.toString();
  }
}
