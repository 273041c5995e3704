package io.github.ballkit.testkit.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's spec lint (a Spectral-like rule set, checked in the build): unique operationIds in
 * lowerCamelCase starting with a verb ({@link #OPERATION_VERBS}), summary and description, exactly
 * one tag, an error response with a schema, content with a schema and a valid example on every
 * response but 204, a known {@code x-rate-limit-class} on every operation when the spec has an
 * {@code x-rate-limits} table, and path parameters that match the template. Examples are validated
 * like stub bodies: strictly, through the same validator.
 */
public final class SpecLinter {
  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}]+)}");
  private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("^[a-z][A-Za-z0-9]+$");

  /**
   * The verbs an operationId may start with, so generated method names read as actions ({@code
   * listReplays}, {@code uploadReplay}); both specs use only these.
   */
  static final List<String> OPERATION_VERBS =
      List.of(
          "get",
          "list",
          "create",
          "update",
          "delete",
          "upload",
          "download",
          "ping",
          "run",
          "set",
          "find",
          "search",
          "operate",
          "replace",
          "rename",
          "move",
          "copy",
          "put",
          "mkdir");

  private final ApiSpec spec;
  private final SpecValidator validator;
  private final List<LintFinding> findings = new ArrayList<>();

  private SpecLinter(ApiSpec spec, SpecValidator validator) {
    this.spec = spec;
    this.validator = validator;
  }

  /**
   * Lints a spec.
   *
   * @param spec the spec
   * @return the findings, empty when the spec is clean
   */
  public static List<LintFinding> lint(ApiSpec spec) {
    SpecValidator validator = null;
    List<LintFinding> loadProblems = new ArrayList<>();
    try {
      validator = SpecValidator.forSpec(spec);
    } catch (OpenApiInteractionValidator.ApiLoadException e) {
      for (String message : e.getParseMessages()) {
        loadProblems.add(new LintFinding("spec", "parser", message));
      }
    }
    SpecLinter linter = new SpecLinter(spec, validator);
    linter.findings.addAll(loadProblems);
    linter.run();
    return List.copyOf(linter.findings);
  }

  private void run() {
    for (String message : spec.parserMessages()) {
      if (findings.stream().noneMatch(f -> f.message().equals(message))) {
        add("spec", "parser", message);
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    for (SpecOperation op : spec.operations()) {
      if (op.id() == null || op.id().isBlank()) {
        add(op.method() + " " + op.template(), "operation-id", "operationId is missing");
        continue;
      }
      ids.merge(op.id(), 1, Integer::sum);
      lintOperationIdStyle(op);
      lintOperation(op);
    }
    ids.forEach(
        (id, count) -> {
          if (count > 1) {
            add(id, "operation-id-unique", "operationId is used by " + count + " operations");
          }
        });
  }

  private void lintOperationIdStyle(SpecOperation op) {
    String id = op.id();
    if (!LOWER_CAMEL_CASE.matcher(id).matches()) {
      add(
          op.label(),
          "operation-id-style",
          "operationId '" + id + "' is not lowerCamelCase (" + LOWER_CAMEL_CASE.pattern() + ")");
    } else if (OPERATION_VERBS.stream().noneMatch(verb -> startsWithVerb(id, verb))) {
      add(
          op.label(),
          "operation-id-style",
          "operationId '" + id + "' does not start with a verb, one of " + OPERATION_VERBS);
    }
  }

  private static boolean startsWithVerb(String id, String verb) {
    return id.equals(verb)
        || (id.startsWith(verb) && Character.isUpperCase(id.charAt(verb.length())));
  }

  private void lintOperation(SpecOperation op) {
    String where = op.label();
    if (blank(op.model().getSummary())) {
      add(where, "operation-summary", "summary is missing");
    }
    if (blank(op.model().getDescription())) {
      add(where, "operation-description", "description is missing");
    }
    int tags = op.model().getTags() == null ? 0 : op.model().getTags().size();
    if (tags != 1) {
      add(where, "operation-one-tag", "has " + tags + " tags; exactly one is needed");
    }
    boolean errorWithSchema =
        op.responses().entrySet().stream()
            .filter(e -> e.getKey().startsWith("4") || e.getKey().equals("default"))
            .anyMatch(e -> hasSchema(e.getValue()));
    if (!errorWithSchema) {
      add(where, "error-response", "no 4xx or default response with a schema");
    }
    op.responses().forEach((status, response) -> lintResponse(op, status, response));
    lintRateLimitClass(op);
    lintPathParameters(op);
  }

  private void lintResponse(SpecOperation op, String status, ApiResponse response) {
    String where = op.label() + " response " + status;
    if (status.equals("204")) {
      if (response.getContent() != null && !response.getContent().isEmpty()) {
        add(where, "no-content-204", "a 204 response must not declare content");
      }
      return;
    }
    if (response.getContent() == null || response.getContent().isEmpty()) {
      add(where, "response-content", "declares no content");
      return;
    }
    for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
      if (media.getValue().getSchema() == null) {
        add(where, "response-schema", media.getKey() + " has no schema");
        continue;
      }
      Object example = Examples.exampleOf(media.getValue()).orElse(null);
      if (example == null) {
        add(where, "response-example", media.getKey() + " has no example");
        continue;
      }
      if (validator == null) {
        continue;
      }
      validateExample(op, status, media.getKey(), example, response, where);
    }
  }

  private void validateExample(
      SpecOperation op,
      String statusKey,
      String mediaType,
      Object example,
      ApiResponse response,
      String where) {
    int status = statusKey.equals("default") ? defaultStatus(op) : Integer.parseInt(statusKey);
    SimpleResponse.Builder simple =
        new SimpleResponse.Builder(status)
            .withContentType(mediaType)
            .withBody(Examples.bodyBytes(mediaType, example));
    Examples.requiredHeaders(response).forEach(simple::withHeader);
    for (Violation v :
        validator.validateResponse(
            spec.samplePath(op), Request.Method.valueOf(op.method()), simple.build(), where)) {
      add(
          where,
          "example-valid",
          mediaType
              + " example: ["
              + v.rule()
              + "] "
              + v.message().replace("\n", " ")
              + (v.offending().isEmpty() ? "" : " at " + v.offending()));
    }
  }

  private static int defaultStatus(SpecOperation op) {
    return op.responses().containsKey("500") ? 599 : 500;
  }

  @SuppressWarnings("unchecked")
  private void lintRateLimitClass(SpecOperation op) {
    Object table = spec.extension("x-rate-limits").orElse(null);
    if (!(table instanceof Map<?, ?> tiers)) {
      return;
    }
    Set<String> classes = new LinkedHashSet<>();
    classes.add("none");
    tiers.values().forEach(row -> classes.addAll(((Map<String, Object>) row).keySet()));
    String cls = op.rateLimitClass().orElse(null);
    if (cls == null) {
      add(op.label(), "rate-limit-class", "x-rate-limit-class is missing; one of " + classes);
    } else if (!classes.contains(cls)) {
      add(
          op.label(),
          "rate-limit-class",
          "x-rate-limit-class '" + cls + "' is not one of " + classes);
    }
  }

  private void lintPathParameters(SpecOperation op) {
    Set<String> inTemplate = new LinkedHashSet<>();
    Matcher m = TEMPLATE_PARAM.matcher(op.template().toString());
    while (m.find()) {
      inTemplate.add(m.group(1));
    }
    Set<String> declared = new LinkedHashSet<>();
    op.parameters().stream()
        .filter(p -> "path".equals(p.getIn()))
        .forEach(p -> declared.add(p.getName()));
    for (String name : inTemplate) {
      if (!declared.contains(name)) {
        add(op.label(), "path-params", "path parameter {" + name + "} is not declared");
      }
    }
    for (String name : declared) {
      if (!inTemplate.contains(name)) {
        add(op.label(), "path-params", "declared path parameter '" + name + "' is not in the path");
      }
    }
  }

  private static boolean hasSchema(ApiResponse response) {
    return response.getContent() != null
        && response.getContent().values().stream().anyMatch(media -> media.getSchema() != null);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void add(String where, String rule, String message) {
    findings.add(new LintFinding(where, rule, message));
  }
}
