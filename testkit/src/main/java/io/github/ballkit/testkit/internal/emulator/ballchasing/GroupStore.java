package io.github.ballkit.testkit.internal.emulator.ballchasing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ballkit.testkit.internal.emulator.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The groups of the ballchasing emulator: ids as the service makes them (a slug of the name and a
 * random-looking suffix), parents, the checks on creating and changing a group. Not thread-safe;
 * the service locks around it.
 */
final class GroupStore {
  private static final Set<String> PLAYER_IDENTIFICATIONS = Set.of("by-id", "by-name");
  private static final Set<String> TEAM_IDENTIFICATIONS =
      Set.of("by-distinct-players", "by-player-clusters");

  private final Clock clock;
  private final Map<String, GroupRecord> groups = new LinkedHashMap<>();
  private long counter;

  GroupStore(Clock clock) {
    this.clock = clock;
  }

  GroupRecord get(String id) {
    return groups.get(id);
  }

  Collection<GroupRecord> values() {
    return groups.values();
  }

  /** Any user's group, or 404. */
  GroupRecord group(String id) {
    GroupRecord g = groups.get(id);
    if (g == null) {
      throw new ApiError(404, "", "not found");
    }
    return g;
  }

  /** A group of the caller's, or 404 (another user's group is not found for changes). */
  GroupRecord own(String id, User caller) {
    GroupRecord g = groups.get(id);
    if (g == null || !g.creator.equals(caller)) {
      throw new ApiError(404, "", "group not found");
    }
    return g;
  }

  GroupRecord newGroup(String name, User creator, String parent, String players, String teams) {
    counter++;
    String id = slug(name) + "-" + suffix(name + "|" + counter);
    GroupRecord g = new GroupRecord(id, name, creator, clock.instant(), parent, players, teams);
    groups.put(id, g);
    return g;
  }

  /** {@code createGroup}: name and both identifications required, names unique per parent. */
  GroupRecord create(JsonNode body, User caller) {
    String name = required(body, "name");
    String players = required(body, "player_identification");
    String teams = required(body, "team_identification");
    checkIdentifications(players, teams);
    String parent = body.hasNonNull("parent") ? body.get("parent").asText() : null;
    if (parent != null) {
      requireOwnParent(parent, caller);
    }
    boolean taken =
        groups.values().stream()
            .anyMatch(
                g ->
                    g.creator.equals(caller)
                        && g.name.equals(name)
                        && Objects.equals(g.parentId, parent));
    if (taken) {
      throw new ApiError(400, "", "a group named '" + name + "' already exists there");
    }
    return newGroup(name, caller, parent, players, teams);
  }

  /** {@code updateGroup}: identifications, parent (never an own descendant) and sharing. */
  void update(GroupRecord g, JsonNode body, User caller) {
    String players =
        body.hasNonNull("player_identification")
            ? body.get("player_identification").asText()
            : null;
    String teams =
        body.hasNonNull("team_identification") ? body.get("team_identification").asText() : null;
    checkIdentifications(players, teams);
    if (body.has("parent")) {
      String parent = body.get("parent").asText("");
      if (!parent.isEmpty()) {
        requireOwnParent(parent, caller);
        if (parent.equals(g.id) || descendants(g.id).contains(parent)) {
          throw new ApiError(400, "", "a group cannot be its own ancestor");
        }
      }
      g.parentId = parent.isEmpty() ? null : parent;
    }
    if (players != null) {
      g.playerIdentification = players;
    }
    if (teams != null) {
      g.teamIdentification = teams;
    }
    if (body.has("shared")) {
      g.shared = body.get("shared").asBoolean();
    }
  }

  /** Removes a group with its descendants and returns all their ids. */
  List<String> remove(GroupRecord g) {
    List<String> gone = new ArrayList<>(descendants(g.id));
    gone.add(g.id);
    gone.forEach(groups::remove);
    return gone;
  }

  List<String> descendants(String id) {
    List<String> out = new ArrayList<>();
    for (GroupRecord child : groups.values()) {
      if (id.equals(child.parentId)) {
        out.add(child.id);
        out.addAll(descendants(child.id));
      }
    }
    return out;
  }

  private void requireOwnParent(String parent, User caller) {
    GroupRecord p = groups.get(parent);
    if (p == null || !p.creator.equals(caller)) {
      throw new ApiError(400, "", "parent group '" + parent + "' not found");
    }
  }

  private static void checkIdentifications(String players, String teams) {
    if (players != null && !PLAYER_IDENTIFICATIONS.contains(players)) {
      throw new ApiError(400, "", "invalid player_identification");
    }
    if (teams != null && !TEAM_IDENTIFICATIONS.contains(teams)) {
      throw new ApiError(400, "", "invalid team_identification");
    }
  }

  private static String required(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw new ApiError(400, "", "missing " + field);
    }
    return value.asText();
  }

  private static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? "group" : slug;
  }

  private static String suffix(String seed) {
    byte[] h = SyntheticReplay.sha256(seed.getBytes(StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      out.append(Character.forDigit((h[i] & 0xff) % 36, 36));
    }
    return out.toString();
  }
}
