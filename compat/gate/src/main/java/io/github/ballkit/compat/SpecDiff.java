package io.github.ballkit.compat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Classifies the differences between two versions of a spec, found by OpenAPITools' openapi-diff,
 * by what they do to a caller of the generated Java client: a response property that goes away
 * removes its accessor, a new required request property makes existing builders fail, a new value
 * of an {@code x-extensible-enum} is read by every client. openapi-diff's own verdicts are made for
 * HTTP clients in general; these rules are the generated client's.
 */
final class SpecDiff {
  private final String source;
  private final Map<String, Change> changes = new LinkedHashMap<>();

  private SpecDiff(String api) {
    this.source = api + " spec";
  }

  /**
   * Compares two spec files.
   *
   * @param api the API's name, for the report
   * @param baseline the spec of the last release
   * @param current the spec now
   * @return the changes, each once, in the order found
   */
  static List<Change> compare(String api, Path baseline, Path current) {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(baseline.toUri().toString(), current.toUri().toString());
    SpecDiff walk = new SpecDiff(api);
    walk.walk(diff);
    return new ArrayList<>(walk.changes.values());
  }

  private void walk(ChangedOpenApi diff) {
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      add(Change.compatible(source, name(endpoint), "added operation " + describe(endpoint) + ""));
    }
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      add(
          Change.breaking(
              source,
              name(endpoint),
              "removed operation " + describe(endpoint),
              "its generated method is gone: every caller stops compiling, and callers already"
                  + " compiled fail with NoSuchMethodError",
              "deprecate the operation (deprecated: true) for a release before removing it"));
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      operation(operation);
    }
  }

  private void operation(ChangedOperation changed) {
    Operation now = changed.getNewOperation();
    String op = Objects.requireNonNullElse(now.getOperationId(), changed.getPathUrl());
    if (changed.getOperationId() != null && changed.getOperationId().isChanged().isDifferent()) {
      add(
          Change.breaking(
              source,
              op,
              "operationId " + changed.getOperationId().getLeft() + " became " + op,
              "the operationId is the generated method's name: callers of the old name break",
              "keep the operationId; change the summary instead"));
    }
    if (changed.isDeprecated()) {
      add(Change.compatible(source, op, "deprecated operation " + op));
    }
    parameters(op, now, changed.getParameters());
    if (changed.getRequestBody() != null) {
      content(op + " request body", true, changed.getRequestBody().getContent());
    }
    responses(op, changed.getApiResponses());
  }

  private void parameters(String op, Operation now, ChangedParameters parameters) {
    if (parameters == null) {
      return;
    }
    boolean queryObject =
        now.getExtensions() != null && now.getExtensions().get("x-query-object") != null;
    for (Parameter added : parameters.getIncreased()) {
      String where = op + " parameter " + added.getName();
      boolean required = Boolean.TRUE.equals(added.getRequired());
      if (required) {
        add(
            Change.breaking(
                source,
                where,
                "added required " + added.getIn() + " parameter " + added.getName(),
                "calls made without it are refused, and the generated method gains a parameter",
                "add it as optional, with the server's default"));
      } else if (queryObject && "query".equals(added.getIn())) {
        add(
            Change.compatible(
                source, where, "added optional query parameter " + added.getName() + " to " + op));
      } else {
        add(
            Change.breaking(
                source,
                where,
                "added optional " + added.getIn() + " parameter " + added.getName(),
                op
                    + " takes its parameters one by one, so the generated method's signature"
                    + " changes",
                "give the operation a query object (x-query-object), whose builder can grow"));
      }
    }
    for (Parameter missing : parameters.getMissing()) {
      add(
          Change.breaking(
              source,
              op + " parameter " + missing.getName(),
              "removed " + missing.getIn() + " parameter " + missing.getName(),
              "its setter or method parameter is gone: callers that pass it stop compiling",
              "deprecate the parameter and let the server ignore it"));
    }
    for (ChangedParameter parameter : parameters.getChanged()) {
      String where = op + " parameter " + parameter.getName();
      if (parameter.isChangeRequired()
          && Boolean.TRUE.equals(parameter.getNewParameter().getRequired())) {
        add(
            Change.breaking(
                source,
                where,
                "parameter " + parameter.getName() + " became required",
                "calls that leave it out are now refused",
                "keep it optional with a server-side default"));
      }
      if (parameter.getSchema() != null) {
        schema(where, true, parameter.getSchema());
      }
    }
  }

  private void responses(String op, ChangedApiResponse responses) {
    if (responses == null) {
      return;
    }
    responses
        .getIncreased()
        .keySet()
        .forEach(status -> add(Change.compatible(source, op, "documented status " + status)));
    responses
        .getMissing()
        .keySet()
        .forEach(
            status -> add(Change.compatible(source, op, "no longer documents status " + status)));
    responses
        .getChanged()
        .forEach((status, response) -> content(op + " " + status, false, response.getContent()));
  }

  private void content(String where, boolean request, ChangedContent content) {
    if (content == null) {
      return;
    }
    for (ChangedMediaType media : content.getChanged().values()) {
      if (media.getSchema() != null) {
        schema(rootName(media.getNewSchema(), where), request, media.getSchema());
      }
    }
  }

  /** Walks a changed schema; {@code request} tells who writes it: the caller or the server. */
  private void schema(String where, boolean request, ChangedSchema schema) {
    String name = rootName(schema.getNewSchema(), where);
    if (schema.isChangedType()) {
      add(
          Change.breaking(
              source,
              name,
              "type " + type(schema.getOldSchema()) + " became " + type(schema.getNewSchema()),
              "the Java type of its accessor and setter changes: callers stop compiling, and"
                  + " compiled callers fail with NoSuchMethodError",
              "keep the type; add a property of the new type beside it"));
    }
    for (String property : schema.getIncreasedProperties().keySet()) {
      boolean required = required(schema.getNewSchema(), property);
      if (request && required) {
        add(
            Change.breaking(
                source,
                name + "." + property,
                "added required property " + property + " to a request body",
                "builders that do not set it now fail at build(), and the server refuses bodies"
                    + " without it",
                "add it as optional"));
      } else {
        add(Change.compatible(source, name + "." + property, "added property " + property));
      }
    }
    for (String property : schema.getMissingProperties().keySet()) {
      add(
          Change.breaking(
              source,
              name + "." + property,
              "removed property " + property,
              "its accessor and builder setter are gone: callers that use them stop compiling,"
                  + " and compiled callers fail with NoSuchMethodError",
              "deprecate the property (deprecated: true) and stop documenting it in a later"
                  + " breaking release"));
    }
    if (schema.getRequired() != null) {
      for (String property : schema.getRequired().getIncreased()) {
        if (request && !schema.getIncreasedProperties().containsKey(property)) {
          add(
              Change.breaking(
                  source,
                  name + "." + property,
                  "property " + property + " became required in a request body",
                  "builders that do not set it now fail at build()",
                  "keep it optional with a server-side default"));
        }
      }
      for (String property : schema.getRequired().getMissing()) {
        if (!request && !schema.getMissingProperties().containsKey(property)) {
          add(
              Change.compatible(
                  source, name + "." + property, "property " + property + " may now be absent"));
        }
      }
    }
    if (schema.getEnumeration() != null) {
      boolean open = extensible(schema.getNewSchema());
      for (Object value : schema.getEnumeration().getIncreased()) {
        add(
            Change.compatible(
                source,
                name,
                "added value " + value + (open ? " (extensible enum)" : " (closed enum)")));
      }
      for (Object value : schema.getEnumeration().getMissing()) {
        add(
            Change.breaking(
                source,
                name,
                "removed enum value " + value,
                "its constant is gone: callers that name it stop compiling",
                "keep the value; document it as no longer sent"));
      }
    }
    schema
        .getChangedProperties()
        .forEach((property, changed) -> schema(name + "." + property, request, changed));
    if (schema.getItems() != null) {
      schema(name + "[]", request, schema.getItems());
    }
    if (schema.getAddProp() != null) {
      schema(name + "{}", request, schema.getAddProp());
    }
  }

  private void add(Change change) {
    changes.putIfAbsent(change.where() + "|" + change.what(), change);
  }

  /** A component schema is named by its component; an inline one by where it is. */
  private static String rootName(Schema<?> schema, String where) {
    if (schema != null && schema.get$ref() != null) {
      return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    }
    return where;
  }

  private static boolean required(Schema<?> schema, String property) {
    return schema != null
        && schema.getRequired() != null
        && schema.getRequired().contains(property);
  }

  private static boolean extensible(Schema<?> schema) {
    return schema != null
        && schema.getExtensions() != null
        && Boolean.TRUE.equals(schema.getExtensions().get("x-extensible-enum"));
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "none";
    }
    return schema.getFormat() == null
        ? String.valueOf(schema.getType())
        : schema.getType() + " (" + schema.getFormat() + ")";
  }

  private static String name(Endpoint endpoint) {
    Operation op = endpoint.getOperation();
    return op != null && op.getOperationId() != null ? op.getOperationId() : describe(endpoint);
  }

  private static String describe(Endpoint endpoint) {
    Operation op = endpoint.getOperation();
    String id = op != null && op.getOperationId() != null ? op.getOperationId() + " " : "";
    return id + "(" + endpoint.getMethod() + " " + endpoint.getPathUrl() + ")";
  }
}
