package io.github.ballkit.ballchasing;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of one part of a stats row (the replay, a team or a player), derived from the
 * generated model of the spec's schema by Jackson's bean introspection, so they follow the spec:
 * every property that holds one value is a column named by its JSON path ({@code
 * stats.core.shots}), a property holding an object is flattened into its own columns, and lists and
 * maps are left out (a list of teams or players is what the rows are made of). The order is the
 * spec's.
 */
final class StatsColumns {
  private final String prefix;
  private final List<List<String>> paths;

  private StatsColumns(String prefix, List<List<String>> paths) {
    this.prefix = prefix;
    this.paths = List.copyOf(paths);
  }

  /**
   * Derives the columns of a model.
   *
   * @param mapper the mapper that writes the model
   * @param type the generated model
   * @param prefix the columns' common prefix, e.g. {@code player}
   * @param leftOut models whose properties are not flattened here (they have rows of their own)
   * @return the columns
   */
  static StatsColumns of(ObjectMapper mapper, Class<?> type, String prefix, Set<Class<?>> leftOut) {
    List<List<String>> paths = new ArrayList<>();
    collect(mapper, mapper.constructType(type), List.of(), leftOut, paths);
    return new StatsColumns(prefix, paths);
  }

  private static void collect(
      ObjectMapper mapper,
      JavaType type,
      List<String> path,
      Set<Class<?>> leftOut,
      List<List<String>> out) {
    BeanDescription bean = mapper.getSerializationConfig().introspect(type);
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (!property.couldSerialize() || property.getAccessor() == null) {
        continue;
      }
      JavaType valueType = property.getPrimaryType();
      Class<?> raw = valueType.getRawClass();
      List<String> at = new ArrayList<>(path);
      at.add(property.getName());
      if (isValue(mapper, valueType)) {
        out.add(List.copyOf(at));
      } else if (!leftOut.contains(raw) && !isContainer(raw)) {
        collect(mapper, valueType, at, leftOut, out);
      }
    }
  }

  /** A type written as one JSON value: text, numbers, booleans, dates and (open) enums. */
  private static boolean isValue(ObjectMapper mapper, JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw.isPrimitive()
        || raw == String.class
        || Number.class.isAssignableFrom(raw)
        || raw == Boolean.class
        || Temporal.class.isAssignableFrom(raw)
        || raw.isEnum()) {
      return true;
    }
    // an open enum is written as its raw value through @JsonValue
    return mapper.getSerializationConfig().introspect(type).findJsonValueAccessor() != null;
  }

  private static boolean isContainer(Class<?> raw) {
    return Collection.class.isAssignableFrom(raw)
        || Map.class.isAssignableFrom(raw)
        || raw.isArray();
  }

  /** The column names, e.g. {@code player.stats.core.shots}. */
  List<String> names() {
    return paths.stream().map(path -> prefix + "." + String.join(".", path)).toList();
  }

  /** Appends this part's values, read from the model written as a tree; absent ones are empty. */
  void values(JsonNode node, List<String> row) {
    for (List<String> path : paths) {
      JsonNode value = node;
      for (String name : path) {
        value = value == null ? null : value.get(name);
      }
      row.add(value == null || value.isNull() || value.isContainerNode() ? "" : value.asText());
    }
  }
}
