package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ballkit.ballchasing.internal.BallchasingSpecFacts;
import io.github.ballkit.ballchasing.model.DuplicateReplay;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.ballistica.internal.BallisticaSpecFacts;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts the templates compile into the client say what the packaged YAML says, read here
 * independently: every operation with its method, path, class, auth, retry safety, multi-segment
 * parameters and documented statuses, and every tier's limits.
 */
class CompiledFactsMatchTheSpecTest {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final String SCHEMAS = "#/components/schemas/";

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("ballchasing", BallchasingSpecFacts.METADATA),
        Arguments.of("ballistica", BallisticaSpecFacts.METADATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyOperationHasItsFacts(String name, SpecMetadata facts) throws IOException {
    JsonNode root = yaml(name);
    boolean globalAuth = root.path("security").size() > 0;
    Set<String> ids = new HashSet<>();
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
                          ids.add(id);
                          OperationInfo info = facts.operations().get(id);
                          assertThat(info).as(id).isNotNull();
                          assertThat(info.method())
                              .isEqualTo(entry.getKey().toUpperCase(Locale.ROOT));
                          assertThat(info.path().replaceAll("\\{[^}]*}", "{}"))
                              .isEqualTo(path.getKey().replaceAll("\\{[^}]*}", "{}"));
                          assertThat(info.rateLimitClass())
                              .as(id)
                              .isEqualTo(op.path("x-rate-limit-class").asText("none"));
                          JsonNode security = op.get("security");
                          assertThat(info.requiresAuth())
                              .as("%s auth", id)
                              .isEqualTo(security == null ? globalAuth : security.size() > 0);
                          assertThat(info.idempotentByDesign())
                              .isEqualTo(op.path("x-idempotent").asBoolean(false));
                          Set<String> ops = new HashSet<>();
                          op.path("x-idempotent-ops").forEach(v -> ops.add(v.asText()));
                          assertThat(info.idempotentOps()).isEqualTo(ops);
                          assertThat(info.multiSegmentParameters())
                              .as("%s multi-segment", id)
                              .isEqualTo(multiSegment(root, path.getValue(), op));
                          assertThat(statuses(root, op)).isEqualTo(info.responseTypes().keySet());
                          statusSchemas(root, op)
                              .forEach(
                                  (status, schema) ->
                                      assertThat(info.responseType(status))
                                          .as("%s %s", id, status)
                                          .hasValueSatisfying(
                                              type ->
                                                  assertThat(type.getSimpleName())
                                                      .isEqualTo(schema)));
                        }));
    assertThat(facts.operations().keySet()).isEqualTo(ids);
    assertThat(facts.defaultServer()).isEqualTo(root.path("servers").path(0).path("url").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyTierHasItsLimits(String name, SpecMetadata facts) throws IOException {
    JsonNode root = yaml(name);
    assertThat(facts.hasRateLimits()).isEqualTo(root.has("x-rate-limits"));
    root.path("x-rate-limits")
        .properties()
        .forEach(
            tier ->
                tier.getValue()
                    .properties()
                    .forEach(
                        rateClass -> {
                          JsonNode value = rateClass.getValue();
                          List<RateWindow> expected =
                              Stream.of(
                                      value.has("per-second")
                                          ? new RateWindow(
                                              value.get("per-second").asInt(),
                                              Duration.ofSeconds(1))
                                          : null,
                                      value.has("per-hour")
                                          ? new RateWindow(
                                              value.get("per-hour").asInt(), Duration.ofHours(1))
                                          : null)
                                  .filter(w -> w != null)
                                  .toList();
                          assertThat(facts.limits(tier.getKey(), rateClass.getKey()))
                              .as("%s %s", tier.getKey(), rateClass.getKey())
                              .isEqualTo(expected);
                        }));
    root.path("x-tier-aliases")
        .properties()
        .forEach(
            alias ->
                assertThat(facts.limits(alias.getKey(), "list"))
                    .isEqualTo(facts.limits(alias.getValue().asText(), "list")));
    if (root.has("x-unknown-tier")) {
      assertThat(facts.limits("a-tier-nobody-has", "list"))
          .isEqualTo(facts.limits(root.get("x-unknown-tier").asText(), "list"))
          .isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void theDuplicateReplayBodyBelongsToTheUploadConflictOnly(String name, SpecMetadata facts) {
    if (!name.equals("ballchasing")) {
      return;
    }
    assertThat(facts.operations().get("uploadReplay").responseType(409))
        .contains(DuplicateReplay.class);
    assertThat(facts.operations().get("uploadReplay").responseType(201))
        .contains(UploadResult.class);
    assertThat(
            facts.operations().values().stream()
                .filter(op -> op.responseTypes().containsValue(DuplicateReplay.class))
                .map(OperationInfo::operationId))
        .containsExactly("uploadReplay");
  }

  private static JsonNode yaml(String name) throws IOException {
    try (InputStream in =
        CompiledFactsMatchTheSpecTest.class
            .getClassLoader()
            .getResourceAsStream("io/github/ballkit/spec/" + name + ".yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  private static Set<Integer> statuses(JsonNode root, JsonNode op) {
    Set<Integer> out = new HashSet<>();
    op.path("responses")
        .fieldNames()
        .forEachRemaining(
            code -> {
              if (code.matches("[1-5][0-9][0-9]")) {
                out.add(Integer.valueOf(code));
              }
            });
    return out;
  }

  /** By status, the object schema (a generated model) a response body refers to. */
  private static Map<Integer, String> statusSchemas(JsonNode root, JsonNode op) {
    Map<Integer, String> out = new HashMap<>();
    op.path("responses")
        .properties()
        .forEach(
            response -> {
              if (!response.getKey().matches("[1-5][0-9][0-9]")) {
                return;
              }
              for (JsonNode media : resolve(root, response.getValue()).path("content")) {
                String ref = media.path("schema").path("$ref").asText("");
                if (ref.startsWith(SCHEMAS)
                    && root.at("/components/schemas/" + ref.substring(SCHEMAS.length()))
                        .has("properties")) {
                  out.put(Integer.valueOf(response.getKey()), ref.substring(SCHEMAS.length()));
                }
              }
            });
    return out;
  }

  private static Set<String> multiSegment(JsonNode root, JsonNode pathItem, JsonNode op) {
    Set<String> names = new HashSet<>();
    for (JsonNode declared : List.of(pathItem.path("parameters"), op.path("parameters"))) {
      for (JsonNode parameter : declared) {
        JsonNode resolved = resolve(root, parameter);
        if (resolved.path("x-multi-segment").asBoolean(false)) {
          names.add(camel(resolved.path("name").asText()));
        }
      }
    }
    return names;
  }

  /** The generator's name for a parameter: {@code file_path} is {@code filePath}. */
  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
  }
}
