package io.github.ballkit.testkit.internal;

import io.github.ballkit.testkit.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A spec loaded from the classpath: its text, its fully resolved model, its base path and its
 * operations. Loaded once per API and shared (the model is treated as read-only).
 */
public final class ApiSpec {
  private static final Map<Api, ApiSpec> CACHE = new EnumMap<>(Api.class);

  private final Api api;
  private final String yaml;
  private final OpenAPI model;
  private final String basePath;
  private final List<SpecOperation> operations;
  private final List<String> parserMessages = new ArrayList<>();

  private ApiSpec(Api api, String yaml) {
    this.api = api;
    this.yaml = yaml;
    this.model = parse(yaml, api.specResource(), parserMessages);
    this.basePath = basePathOf(model);
    this.operations = readOperations(model, basePath);
  }

  /**
   * The spec of an API, read from the classpath once.
   *
   * @param api the API
   * @return the spec
   */
  public static synchronized ApiSpec of(Api api) {
    return CACHE.computeIfAbsent(api, a -> new ApiSpec(a, read(a.specResource())));
  }

  /**
   * Parses spec text (used by tests and by the lint on files outside the classpath).
   *
   * @param api the API the text describes
   * @param yaml the spec text
   * @return the spec
   */
  public static ApiSpec fromText(Api api, String yaml) {
    return new ApiSpec(api, yaml);
  }

  private static String read(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ApiSpec.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "spec not found on the classpath: "
                + resource
                + " (it ships inside io.github.ballkit:ballkit-client-generated)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static OpenAPI parse(String yaml, String name, List<String> messages) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getMessages() != null) {
      messages.addAll(result.getMessages());
    }
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException("cannot parse " + name + ": " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  private static String basePathOf(OpenAPI model) {
    if (model.getServers() == null || model.getServers().isEmpty()) {
      return "";
    }
    String path = URI.create(model.getServers().get(0).getUrl()).getPath();
    if (path == null) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static List<SpecOperation> readOperations(OpenAPI model, String basePath) {
    List<SpecOperation> result = new ArrayList<>();
    model
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          List<Parameter> params = new ArrayList<>();
                          if (item.getParameters() != null) {
                            params.addAll(item.getParameters());
                          }
                          if (op.getParameters() != null) {
                            params.addAll(op.getParameters());
                          }
                          Set<String> multi = new HashSet<>();
                          for (Parameter p : params) {
                            if ("path".equals(p.getIn())
                                && p.getExtensions() != null
                                && Boolean.TRUE.equals(p.getExtensions().get("x-multi-segment"))) {
                              multi.add(p.getName());
                            }
                          }
                          result.add(
                              new SpecOperation(
                                  op.getOperationId(),
                                  method.name(),
                                  new PathTemplate(basePath + path, multi),
                                  op,
                                  List.copyOf(params)));
                        }));
    return List.copyOf(result);
  }

  /**
   * What the parser complained about (unresolved references, invalid structure).
   *
   * @return the parser's messages
   */
  public List<String> parserMessages() {
    return List.copyOf(parserMessages);
  }

  /**
   * The API this spec describes.
   *
   * @return the API
   */
  public Api api() {
    return api;
  }

  /**
   * The spec text as packaged.
   *
   * @return YAML text
   */
  public String yaml() {
    return yaml;
  }

  /**
   * The fully resolved model (no {@code $ref} left).
   *
   * @return the model
   */
  public OpenAPI model() {
    return model;
  }

  /**
   * The path part of the first server URL, such as {@code /api}, or empty.
   *
   * @return the base path without trailing slash
   */
  public String basePath() {
    return basePath;
  }

  /**
   * All operations in spec order.
   *
   * @return the operations
   */
  public List<SpecOperation> operations() {
    return operations;
  }

  /**
   * Finds an operation by operationId.
   *
   * @param operationId the id
   * @return the operation
   * @throws IllegalArgumentException when the spec has no such operation
   */
  public SpecOperation operation(String operationId) {
    return operations.stream()
        .filter(o -> o.id().equals(operationId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the "
                        + api.name().toLowerCase()
                        + " spec has no operation '"
                        + operationId
                        + "'; known: "
                        + operations.stream().map(SpecOperation::id).sorted().toList()));
  }

  /**
   * The operations whose template fits a raw path, most specific template first (OpenAPI prefers
   * concrete paths over templated ones: {@code /workspaces/active} over {@code
   * /workspaces/{workspace_id}}).
   *
   * @param rawPath the request path, base path included
   * @return the operations of the best matching template (all methods)
   */
  public List<SpecOperation> operationsAt(String rawPath) {
    Map<String, List<SpecOperation>> byTemplate = new LinkedHashMap<>();
    for (SpecOperation op : operations) {
      if (op.template().match(rawPath).isPresent()) {
        byTemplate.computeIfAbsent(op.template().toString(), t -> new ArrayList<>()).add(op);
      }
    }
    return byTemplate.values().stream()
        .max(Comparator.comparingInt(ops -> ops.get(0).template().literalLength()))
        .orElse(List.of());
  }

  /**
   * The path a request means: the base path itself (such as {@code /api}, where other public
   * clients ping ballchasing) stands for its root {@code /api/}, as the real server answers both.
   *
   * @param rawPath the raw request path
   * @return the path to resolve and validate
   */
  public String canonicalPath(String rawPath) {
    return !basePath.isEmpty() && rawPath.equals(basePath) ? basePath + "/" : rawPath;
  }

  /**
   * Resolves a request to its operation.
   *
   * @param method the HTTP method
   * @param rawPath the raw path, base path included
   * @return the operation, or empty when the spec has none for this method and path
   */
  public Optional<SpecOperation> resolve(String method, String rawPath) {
    return operationsAt(rawPath).stream().filter(o -> o.method().equals(method)).findFirst();
  }

  /**
   * A concrete path for an operation, with each path parameter set to its spec example (or {@code
   * x}).
   *
   * @param op the operation
   * @return a path that resolves back to {@code op}
   */
  public String samplePath(SpecOperation op) {
    Map<String, String> values =
        op.parameters().stream()
            .filter(p -> "path".equals(p.getIn()))
            .collect(
                Collectors.toMap(Parameter::getName, p -> encodeSample(exampleOf(p)), (a, b) -> a));
    return op.template().expand(values);
  }

  private static String exampleOf(Parameter p) {
    Object example = p.getExample();
    if (example == null && p.getSchema() != null) {
      example = p.getSchema().getExample();
    }
    return example == null ? "x" : example.toString();
  }

  private static String encodeSample(String value) {
    List<String> segments = new ArrayList<>();
    for (String segment : value.split("/", -1)) {
      segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return String.join("/", segments);
  }

  /**
   * A root-level vendor extension.
   *
   * @param name such as {@code x-rate-limits}
   * @return its value, or empty
   */
  public Optional<Object> extension(String name) {
    Map<String, Object> ext = model.getExtensions();
    return Optional.ofNullable(ext == null ? null : ext.get(name));
  }

  /**
   * Path item lookup for lint rules.
   *
   * @return path items by template (without base path)
   */
  public Map<String, PathItem> paths() {
    return model.getPaths();
  }
}
