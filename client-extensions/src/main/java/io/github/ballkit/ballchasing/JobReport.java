package io.github.ballkit.ballchasing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a bulk job did: each file's outcome, and the groups of the tree with their folders. */
public final class JobReport {
  private final List<JobItem> items;
  private final Map<Path, String> groups;
  private final Set<String> createdGroups;

  JobReport(List<JobItem> items, Map<Path, String> groups, Set<String> createdGroups) {
    this.items = List.copyOf(items);
    this.groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
    this.createdGroups = Set.copyOf(createdGroups);
  }

  /**
   * Returns what happened to each file, in the order the job took them.
   *
   * @return the items, unmodifiable
   */
  public List<JobItem> items() {
    return items;
  }

  /**
   * Returns the files with one outcome.
   *
   * @param outcome the outcome
   * @return those items, in order
   */
  public List<JobItem> items(JobItem.Outcome outcome) {
    return items.stream().filter(item -> item.outcome() == outcome).toList();
  }

  /**
   * Returns each folder of the tree with its group's id, the root first.
   *
   * @return folder to group id, unmodifiable
   */
  public Map<Path, String> groups() {
    return groups;
  }

  /**
   * Returns the groups the job created (an upload creates the groups of folders the server did not
   * have yet; a download creates none).
   *
   * @return their ids
   */
  public Set<String> createdGroups() {
    return createdGroups;
  }

  @Override
  public String toString() {
    StringBuilder counts = new StringBuilder();
    for (JobItem.Outcome outcome : JobItem.Outcome.values()) {
      long count = items.stream().filter(item -> item.outcome() == outcome).count();
      if (count > 0) {
        counts.append(counts.length() == 0 ? "" : ", ").append(count).append(' ').append(outcome);
      }
    }
    return "JobReport[" + counts + "; " + groups.size() + " groups]";
  }
}
