package io.github.ballkit.generated;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Both specs as packaged in the jar (classpath {@code io/github/ballkit/spec/<api>.yaml}). */
enum Specs {
  BALLCHASING("ballchasing.yaml", "io.github.ballkit.ballchasing"),
  BALLISTICA("ballistica.yaml", "io.github.ballkit.ballistica");

  private static final Map<Specs, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private final String fileName;
  private final String javaPackage;

  Specs(String fileName, String javaPackage) {
    this.fileName = fileName;
    this.javaPackage = javaPackage;
  }

  /** The package of the generated code; interfaces in {@code .api}, records in {@code .model}. */
  String javaPackage() {
    return javaPackage;
  }

  /** The folder (below the module's {@code target/generated-sources}) of the generated code. */
  String generatedFolder() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * One operation of the spec.
   *
   * @param method the HTTP method, upper case
   * @param path the path as written under {@code paths}
   * @param operation the operation
   */
  record SpecOperation(String method, String path, Operation operation) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Every operation of the parsed spec, in file order. */
  static List<SpecOperation> operations(OpenAPI api) {
    List<SpecOperation> out = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            out.add(new SpecOperation(method.name(), path, operation))));
    return out;
  }

  /** The response itself, or the {@code components/responses} entry it references. */
  static ApiResponse deref(OpenAPI api, ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    String prefix = "#/components/responses/";
    if (!ref.startsWith(prefix)) {
      throw new IllegalStateException("unexpected response reference " + ref);
    }
    ApiResponse target = api.getComponents().getResponses().get(ref.substring(prefix.length()));
    if (target == null) {
      throw new IllegalStateException("dangling response reference " + ref);
    }
    return deref(api, target);
  }

  /** The classpath location of this spec inside the generated jar. */
  String resource() {
    return "io/github/ballkit/spec/" + fileName;
  }

  /** The spec's YAML text, read from the classpath. */
  String content() {
    try (InputStream in = Specs.class.getClassLoader().getResourceAsStream(resource())) {
      if (in == null) {
        throw new IllegalStateException("spec not on the classpath: " + resource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec parsed by swagger-parser without resolving references (what the file says). */
  SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(content(), null, options);
  }

  /** The parsed spec; fails when the parser could not read it. */
  OpenAPI openApi() {
    OpenAPI api = parse().getOpenAPI();
    if (api == null) {
      throw new IllegalStateException("swagger-parser could not read " + fileName);
    }
    return api;
  }

  /** A request/response validator for this spec (built once). */
  OpenApiInteractionValidator validator() {
    return VALIDATORS.computeIfAbsent(
        this,
        spec ->
            OpenApiInteractionValidator.createForInlineApiSpecification(spec.content())
                // the server URL carries a base path (`/api` for ballchasing); the operations'
                // paths are matched as written in `paths`
                .withBasePathOverride("/")
                .build());
  }

  /** Validates a JSON body as the response of {@code GET path} with the given status. */
  ValidationReport validateGetResponse(String path, int status, String json) {
    return validateResponse(Request.Method.GET, path, status, "application/json", json);
  }

  /** Validates a body as the response of {@code method path} with the given status. */
  ValidationReport validateResponse(
      Request.Method method, String path, int status, String contentType, String body) {
    return validator()
        .validateResponse(
            path,
            method,
            SimpleResponse.Builder.status(status)
                .withContentType(contentType)
                .withBody(body)
                .build());
  }

  /** The report's messages, one a line (nested messages indented), for failure output. */
  static String describe(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    report.getMessages().forEach(m -> describe(m, "", out));
    return out.toString();
  }

  private static void describe(ValidationReport.Message message, String indent, StringBuilder out) {
    out.append(indent)
        .append('[')
        .append(message.getLevel())
        .append("] ")
        .append(message.getKey())
        .append(": ")
        .append(message.getMessage())
        .append('\n');
    message
        .getAdditionalInfo()
        .forEach(info -> out.append(indent).append("    ").append(info).append('\n'));
    message.getNestedMessages().forEach(nested -> describe(nested, indent + "  ", out));
  }
}
