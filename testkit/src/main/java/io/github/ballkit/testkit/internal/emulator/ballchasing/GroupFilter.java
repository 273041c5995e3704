package io.github.ballkit.testkit.internal.emulator.ballchasing;

import io.github.ballkit.testkit.internal.emulator.EmulatorRequest;
import java.util.Locale;
import java.util.function.Predicate;

/** The {@code listGroups} filters, combined with AND; {@code group} lists direct children. */
final class GroupFilter {
  private final EmulatorRequest request;
  private final User caller;

  GroupFilter(EmulatorRequest request, User caller) {
    this.request = request;
    this.caller = caller;
  }

  Predicate<GroupRecord> build() {
    Predicate<GroupRecord> filter = g -> true;
    String name = request.param("name").map(n -> n.toLowerCase(Locale.ROOT)).orElse(null);
    if (name != null) {
      filter = filter.and(g -> g.name.toLowerCase(Locale.ROOT).contains(name));
    }
    String creator =
        request.param("creator").map(c -> c.equals("me") ? caller.steamId() : c).orElse(null);
    if (creator != null) {
      filter = filter.and(g -> g.creator.steamId().equals(creator));
    }
    String parent = request.param("group").orElse(null);
    if (parent != null) {
      filter = filter.and(g -> parent.equals(g.parentId));
    }
    var before = request.param("created-before").map(ReplayFilter::instant).orElse(null);
    if (before != null) {
      filter = filter.and(g -> g.created.isBefore(before));
    }
    var after = request.param("created-after").map(ReplayFilter::instant).orElse(null);
    if (after != null) {
      filter = filter.and(g -> g.created.isAfter(after));
    }
    return filter;
  }
}
