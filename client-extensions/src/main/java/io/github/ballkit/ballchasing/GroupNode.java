package io.github.ballkit.ballchasing;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One group of a {@link GroupTree}: its id and name, and where it sits below the tree's root. */
public final class GroupNode {
  private final String id;
  private final String name;
  private final String parentId;
  private final List<String> path;
  private final Integer directReplays;

  GroupNode(String id, String name, String parentId, List<String> path, Integer directReplays) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = name;
    this.parentId = parentId;
    this.path = List.copyOf(path);
    this.directReplays = directReplays;
  }

  /**
   * Returns the group's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the group's name.
   *
   * @return the name, or {@code null} when the server gave none
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * Returns the id of the group above this one in the tree.
   *
   * @return the parent's id, or {@code null} for the tree's root
   */
  public @Nullable String parentId() {
    return parentId;
  }

  /**
   * Returns the names of the groups from the root's child down to this group: empty for the root,
   * {@code [Week 1, Day 2]} for a grandchild.
   *
   * @return the path below the root, unmodifiable
   */
  public List<String> path() {
    return path;
  }

  /**
   * Returns how deep the group sits: 0 for the root, 1 for its children.
   *
   * @return the depth
   */
  public int depth() {
    return path.size();
  }

  /** The replays directly in the group as its listing said, {@code null} when unknown. */
  Integer directReplays() {
    return directReplays;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupNode that
        && id.equals(that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(parentId, that.parentId)
        && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, parentId, path);
  }

  @Override
  public String toString() {
    return "GroupNode[" + id + " " + (path.isEmpty() ? name : String.join("/", path)) + "]";
  }
}
