package io.github.ballkit.ballchasing;

import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.model.GroupSortBy;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.SortDirection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A group and its descendants, depth first (a group before its children, siblings by name), fetched
 * lazily: a group's children are listed ({@code listGroups} with the {@code group} filter, every
 * page rate limited) only when the walk reaches them. A group met twice is skipped, so a server
 * that lists a group under its own descendant cannot make the walk endless.
 */
final class TreeWalk implements Iterator<GroupNode> {
  private static final int PAGE_SIZE = 200;

  private final BallchasingClient client;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private GroupNode next;

  TreeWalk(BallchasingClient client, GroupNode root) {
    this.client = client;
    this.next = root;
    stack.push(new Frame(root));
    seen.add(root.id());
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public GroupNode next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    GroupNode node = next;
    next = null;
    return node;
  }

  private GroupNode advance() {
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.children == null) {
        top.children =
            client.iterateGroups(
                GroupQuery.builder()
                    .group(top.node.id())
                    .sortBy(GroupSortBy.NAME)
                    .sortDir(SortDirection.ASC)
                    .count(PAGE_SIZE)
                    .build());
      }
      while (top.children.hasNext()) {
        GroupSummary child = top.children.next();
        if (child.id() == null || !seen.add(child.id())) {
          continue;
        }
        List<String> path = new ArrayList<>(top.node.path());
        path.add(child.name() == null ? child.id() : child.name());
        GroupNode node =
            new GroupNode(child.id(), child.name(), top.node.id(), path, child.directReplays());
        stack.push(new Frame(node));
        return node;
      }
      stack.pop();
    }
    return null;
  }

  /** A group whose children the walk is going through. */
  private static final class Frame {
    private final GroupNode node;
    private Iterator<GroupSummary> children;

    Frame(GroupNode node) {
      this.node = node;
    }
  }
}
