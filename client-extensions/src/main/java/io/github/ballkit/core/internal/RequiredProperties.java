package io.github.ballkit.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The properties the spec requires of each generated model, by their JSON names, and where in a
 * model further models sit: what {@link MissingProperties} checks a success body against.
 *
 * <p>The lists come from the spec, never from a list kept by hand: the templates carry each
 * schema's {@code required} list into the generated model, which marks a required property with
 * {@code @JsonInclude(ALWAYS)} (optional ones are {@code NON_NULL}); {@code @JsonProperty(required
 * = true)} counts too. Both are read here through Jackson's introspection, on the field, the
 * accessor or the constructor parameter, whichever carries them, so a model that is a record and
 * one that is a class with accessors read the same. This class is the one place that knows where
 * the lists come from: when the generator emits the spec's facts as Java, only it changes.
 */
final class RequiredProperties {
  private static final String MODELS = "io.github.ballkit.";

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return shapeOf(type);
        }
      };

  private static final ClassValue<Boolean> REQUIRING =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> model) {
          return requiresAnything(model, new HashSet<>());
        }
      };

  private RequiredProperties() {}

  /**
   * Tells whether a body of a type can lack anything the spec requires: whether the model, or one
   * it holds at any depth, requires a property. A checker skips the others whole.
   *
   * @param type a type {@link #holdsModels} or not
   * @return {@code false} when nothing at or below the type is required
   */
  static boolean requiresAnything(JavaType type) {
    if (type.isContainerType()) {
      return type.getContentType() != null && requiresAnything(type.getContentType());
    }
    return isModel(type) && REQUIRING.get(type.getRawClass());
  }

  private static boolean requiresAnything(Class<?> model, Set<Class<?>> visited) {
    if (!visited.add(model)) {
      return false; // a model holding itself: its requirements are found where the walk began
    }
    Shape shape = of(model);
    if (!shape.required().isEmpty()) {
      return true;
    }
    for (JavaType nested : shape.nested().values()) {
      JavaType content = nested;
      while (content.isContainerType() && content.getContentType() != null) {
        content = content.getContentType();
      }
      if (isModel(content) && requiresAnything(content.getRawClass(), visited)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the spec says of one model's properties.
   *
   * @param required the JSON names of the properties a body of the model must have
   * @param nested by JSON name, the type of each property that holds models (alone, in a list or in
   *     a map), to check them too
   * @param requiredIndex the position of each required name in {@code required}, so that a body's
   *     reader can tick them off in a bit set
   */
  record Shape(
      Set<String> required, Map<String, JavaType> nested, Map<String, Integer> requiredIndex) {
    Shape(Set<String> required, Map<String, JavaType> nested) {
      this(required, nested, indexOf(required));
    }

    private static Map<String, Integer> indexOf(Set<String> required) {
      Map<String, Integer> index = new HashMap<>();
      for (String name : required) {
        index.put(name, index.size());
      }
      return Map.copyOf(index);
    }
  }

  /**
   * Tells whether a type is a generated model (or another ballkit bean) to check.
   *
   * @param type the type
   * @return {@code true} for a class of ballkit's that is neither an enum nor a container
   */
  static boolean isModel(JavaType type) {
    Class<?> raw = type.getRawClass();
    return !type.isContainerType()
        && !type.isEnumType()
        && !raw.isInterface()
        && !raw.isPrimitive()
        && raw.getName().startsWith(MODELS);
  }

  /**
   * Returns what the spec says of a model's properties.
   *
   * @param model a model class ({@link #isModel})
   * @return its required properties and the properties holding further models
   */
  static Shape of(Class<?> model) {
    return SHAPES.get(model);
  }

  private static Shape shapeOf(Class<?> model) {
    SerializationConfig config = Json.shared().getSerializationConfig();
    BeanDescription description = config.introspect(Json.shared().constructType(model));
    AnnotationIntrospector annotations = config.getAnnotationIntrospector();
    Set<String> required = new LinkedHashSet<>();
    Map<String, JavaType> nested = new HashMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (property.isRequired() || alwaysWritten(annotations, property)) {
        required.add(property.getName());
      }
      JavaType type = property.getPrimaryType();
      if (holdsModels(type)) {
        nested.put(property.getName(), type);
      }
    }
    return new Shape(Collections.unmodifiableSet(required), Map.copyOf(nested));
  }

  private static boolean alwaysWritten(
      AnnotationIntrospector annotations, BeanPropertyDefinition property) {
    AnnotatedMember[] members = {
      property.getField(), property.getGetter(), property.getConstructorParameter()
    };
    for (AnnotatedMember member : members) {
      if (member != null) {
        JsonInclude.Value inclusion = annotations.findPropertyInclusion(member);
        if (inclusion != null && inclusion.getValueInclusion() == JsonInclude.Include.ALWAYS) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holdsModels(JavaType type) {
    if (type.isContainerType()) {
      return type.getContentType() != null && holdsModels(type.getContentType());
    }
    return isModel(type);
  }
}
