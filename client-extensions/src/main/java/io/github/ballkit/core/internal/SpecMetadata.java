package io.github.ballkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts the runtime reads from the packaged spec instead of repeating them in Java: the default
 * server, each operation's rate-limit class, auth and retry safety, and the per-tier rate limits
 * table ({@code x-rate-limits}). Immutable.
 */
public final class SpecMetadata {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private static final String SCHEMAS = "#/components/schemas/";

  private static final Map<String, SpecMetadata> LOADED = new ConcurrentHashMap<>();

  private final String defaultServer;
  private final Map<String, OperationInfo> operations;
  private final Map<String, Map<String, List<RateWindow>>> rateLimits;
  private final Map<String, String> tierAliases;

  private SpecMetadata(
      String defaultServer,
      Map<String, OperationInfo> operations,
      Map<String, Map<String, List<RateWindow>>> rateLimits,
      Map<String, String> tierAliases) {
    this.defaultServer = defaultServer;
    this.operations = Map.copyOf(operations);
    this.rateLimits = Map.copyOf(rateLimits);
    this.tierAliases = Map.copyOf(tierAliases);
  }

  /**
   * Returns the metadata of a spec on the classpath, parsed once per resource and shared: it is
   * immutable, and parsing the ballchasing spec (about 100 KB of YAML) took most of the ~23 ms a
   * client copy cost.
   *
   * @param resource the classpath location, e.g. {@code io/github/ballkit/spec/ballchasing.yaml}
   * @return the metadata
   */
  public static SpecMetadata load(String resource) {
    return LOADED.computeIfAbsent(resource, SpecMetadata::read);
  }

  private static SpecMetadata read(String resource) {
    try (InputStream in = SpecMetadata.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("spec not found on the classpath: " + resource);
      }
      return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spec " + resource, e);
    }
  }

  static SpecMetadata parse(JsonNode root) {
    String server = root.path("servers").path(0).path("url").asText("");
    boolean globalAuth = root.path("security").size() > 0;
    Map<String, OperationInfo> operations = new LinkedHashMap<>();
    root.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        entry -> {
                          if (!METHODS.contains(entry.getKey())) {
                            return;
                          }
                          JsonNode op = entry.getValue();
                          String id = op.path("operationId").asText();
                          JsonNode security = op.get("security");
                          boolean auth = security == null ? globalAuth : security.size() > 0;
                          Set<String> idempotentOps = new HashSet<>();
                          op.path("x-idempotent-ops")
                              .forEach(value -> idempotentOps.add(value.asText()));
                          operations.put(
                              id,
                              new OperationInfo(
                                  id,
                                  entry.getKey().toUpperCase(Locale.ROOT),
                                  path.getKey(),
                                  op.path("x-rate-limit-class").asText("none"),
                                  auth,
                                  Set.copyOf(idempotentOps),
                                  op.path("x-idempotent").asBoolean(false),
                                  multiSegmentParameters(root, path.getValue(), op),
                                  responseSchemas(root, op)));
                        }));
    Map<String, Map<String, List<RateWindow>>> limits = new HashMap<>();
    root.path("x-rate-limits")
        .properties()
        .forEach(
            tier -> {
              Map<String, List<RateWindow>> classes = new HashMap<>();
              tier.getValue()
                  .properties()
                  .forEach(
                      rateClass -> {
                        List<RateWindow> windows = new ArrayList<>();
                        JsonNode value = rateClass.getValue();
                        if (value.has("per-second")) {
                          windows.add(
                              new RateWindow(
                                  value.get("per-second").asInt(), Duration.ofSeconds(1)));
                        }
                        if (value.has("per-hour")) {
                          windows.add(
                              new RateWindow(value.get("per-hour").asInt(), Duration.ofHours(1)));
                        }
                        classes.put(rateClass.getKey(), List.copyOf(windows));
                      });
              limits.put(tier.getKey(), Map.copyOf(classes));
            });
    Map<String, String> aliases = new HashMap<>();
    root.path("x-tier-aliases")
        .properties()
        .forEach(alias -> aliases.put(alias.getKey(), alias.getValue().asText()));
    return new SpecMetadata(server, operations, limits, aliases);
  }

  /**
   * By status, the schema component each response's body refers to, looking through responses
   * declared once under {@code components/responses}.
   */
  private static Map<Integer, String> responseSchemas(JsonNode root, JsonNode op) {
    Map<Integer, String> schemas = new HashMap<>();
    op.path("responses")
        .properties()
        .forEach(
            response -> {
              if (!response.getKey().matches("[1-5][0-9][0-9]")) {
                return; // "default" and ranges name no one status
              }
              JsonNode resolved = resolve(root, response.getValue());
              for (JsonNode media : resolved.path("content")) {
                String ref = media.path("schema").path("$ref").asText("");
                if (ref.startsWith(SCHEMAS)) {
                  schemas.put(Integer.valueOf(response.getKey()), ref.substring(SCHEMAS.length()));
                }
              }
            });
    return Map.copyOf(schemas);
  }

  /** The node a local {@code $ref} points to, or the node itself when it is no reference. */
  private static JsonNode resolve(JsonNode root, JsonNode node) {
    return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
  }

  /**
   * The names of the path parameters, declared on the path or the operation, marked multi-segment.
   */
  private static Set<String> multiSegmentParameters(JsonNode root, JsonNode pathItem, JsonNode op) {
    Set<String> names = new HashSet<>();
    for (JsonNode declared : List.of(pathItem.path("parameters"), op.path("parameters"))) {
      for (JsonNode parameter : declared) {
        JsonNode resolved = resolve(root, parameter);
        if (resolved.path("x-multi-segment").asBoolean(false)) {
          names.add(resolved.path("name").asText());
        }
      }
    }
    return Set.copyOf(names);
  }

  /**
   * Returns the first server URL of the spec.
   *
   * @return the default base URL
   */
  public String defaultServer() {
    return defaultServer;
  }

  /**
   * Returns an operation by its operationId (the generated method's name).
   *
   * @param operationId the id
   * @param method the HTTP method actually used, for operations the spec does not list
   * @return the operation; an unlimited, unauthenticated, non-retried one when unknown
   */
  public OperationInfo operation(String operationId, String method) {
    OperationInfo info = operations.get(operationId);
    return info != null ? info : OperationInfo.unknown(operationId, method);
  }

  /**
   * Returns all operations.
   *
   * @return operations by operationId
   */
  public Map<String, OperationInfo> operations() {
    return operations;
  }

  /**
   * Returns the limits of a rate-limit class for a tier. Unknown tiers fall back to the most
   * restrictive table entry of the spec ({@code regular}) so a typo never lifts the limits.
   *
   * @param tier the tier, e.g. {@code gold}
   * @param rateLimitClass the class, e.g. {@code list}
   * @return the windows; empty for classes without limits
   */
  public List<RateWindow> limits(String tier, String rateLimitClass) {
    String resolved = tierAliases.getOrDefault(tier, tier);
    Map<String, List<RateWindow>> classes = rateLimits.get(resolved);
    if (classes == null) {
      classes = rateLimits.getOrDefault("regular", Map.of());
    }
    return classes.getOrDefault(rateLimitClass, List.of());
  }

  /**
   * Returns the largest limit any tier has for a class: how many calls a shared history of the
   * class must remember to check every tier's windows.
   *
   * @param rateLimitClass the class
   * @return the largest limit, 0 when no tier limits the class
   */
  public int largestLimit(String rateLimitClass) {
    int largest = 0;
    for (Map<String, List<RateWindow>> classes : rateLimits.values()) {
      for (RateWindow window : classes.getOrDefault(rateLimitClass, List.of())) {
        largest = Math.max(largest, window.limit());
      }
    }
    return largest;
  }

  /**
   * Tells whether the spec states rate limits at all.
   *
   * @return true when {@code x-rate-limits} is present
   */
  public boolean hasRateLimits() {
    return !rateLimits.isEmpty();
  }
}
