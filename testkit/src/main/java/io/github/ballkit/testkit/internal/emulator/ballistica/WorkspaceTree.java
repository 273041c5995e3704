package io.github.ballkit.testkit.internal.emulator.ballistica;

import io.github.ballkit.testkit.internal.emulator.ApiError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files and directories of one workspace, sorted by path. Parent directories are created as
 * needed and listed as entries of their own. Not thread-safe; the service locks around it.
 */
final class WorkspaceTree {
  /** A file (with content hash and size) or a directory (without). */
  record Entry(String path, boolean directory, String sha256, long size, Instant modified) {}

  private final TreeMap<String, Entry> entries = new TreeMap<>();

  List<Entry> list() {
    return List.copyOf(entries.values());
  }

  long size() {
    return entries.values().stream().filter(e -> !e.directory()).mapToLong(Entry::size).sum();
  }

  Entry get(String path) {
    Entry e = entries.get(path);
    if (e == null) {
      throw new ApiError(404, "not_found", "No file or directory at '" + path + "'.");
    }
    return e;
  }

  boolean exists(String path) {
    return entries.containsKey(path);
  }

  void putFile(String path, String sha256, long size, Instant now) {
    Entry existing = entries.get(path);
    if (existing != null && existing.directory()) {
      throw WorkspaceRules.invalid("'" + path + "' is a directory.");
    }
    createParents(path, now);
    entries.put(path, new Entry(path, false, sha256, size, now));
  }

  void mkdir(String path, Instant now) {
    Entry existing = entries.get(path);
    if (existing != null && !existing.directory()) {
      throw WorkspaceRules.invalid("'" + path + "' is a file.");
    }
    createParents(path, now);
    entries.putIfAbsent(path, new Entry(path, true, null, 0, now));
  }

  void delete(String path) {
    get(path);
    entries.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
  }

  void copy(String from, String to, Instant now, boolean removeSource) {
    Entry source = get(from);
    if (entries.containsKey(to)) {
      throw WorkspaceRules.invalid("Destination '" + to + "' already exists.");
    }
    if (to.startsWith(from + "/")) {
      throw WorkspaceRules.invalid("Cannot move or copy '" + from + "' into itself.");
    }
    createParents(to, now);
    List<Entry> moved = new ArrayList<>();
    for (Map.Entry<String, Entry> e :
        entries.subMap(from, true, from + "/\uffff", true).entrySet()) {
      String p = e.getKey();
      if (p.equals(from) || p.startsWith(from + "/")) {
        moved.add(e.getValue());
      }
    }
    if (removeSource) {
      delete(from);
    }
    for (Entry e : moved) {
      String target = to + e.path().substring(from.length());
      entries.put(
          target, new Entry(target, e.directory(), e.sha256(), e.size(), source.modified()));
    }
  }

  private void createParents(String path, Instant now) {
    int slash = path.indexOf('/');
    while (slash > 0) {
      String parent = path.substring(0, slash);
      Entry e = entries.get(parent);
      if (e != null && !e.directory()) {
        throw WorkspaceRules.invalid("'" + parent + "' is a file, not a directory.");
      }
      entries.putIfAbsent(parent, new Entry(parent, true, null, 0, now));
      slash = path.indexOf('/', slash + 1);
    }
  }
}
