package io.github.ballkit.compat;

/**
 * One difference between the baseline and the current state, as the gate reports it.
 *
 * @param source what found it: the spec diff of an API ({@code ballchasing spec}) or the Java API
 *     diff ({@code java})
 * @param breaking whether callers compiled or written against the baseline can break
 * @param where the operation, property, type or member concerned
 * @param what what changed
 * @param why why it breaks callers (empty for a compatible change)
 * @param todo what the maintainer can do instead (empty for a compatible change)
 */
record Change(String source, boolean breaking, String where, String what, String why, String todo) {

  static Change compatible(String source, String where, String what) {
    return new Change(source, false, where, what, "", "");
  }

  static Change breaking(String source, String where, String what, String why, String todo) {
    return new Change(source, true, where, what, why, todo);
  }

  /** The line this change gets in a changelog. */
  String changelogLine() {
    return "- " + source + ": " + what + " (`" + where + "`)";
  }
}
