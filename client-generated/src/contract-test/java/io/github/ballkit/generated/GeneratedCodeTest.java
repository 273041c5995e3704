package io.github.ballkit.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import feign.RequestLine;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.model.MatchResult;
import io.github.ballkit.ballchasing.model.Playlist;
import io.github.ballkit.ballchasing.model.ReplaySortBy;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballchasing.model.SortDirection;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.WorkspaceEntryResponse;
import io.github.ballkit.ballistica.model.WorkspaceEntryType;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What users observe of the code generated from the specs with our templates. */
class GeneratedCodeTest {

  /** Written this way so that this file does not carry the marker it looks for. */
  private static final String GENERATED_MARKER =
      "@Generated(\"" + "ballkit-generator-templates" + "\")";

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;\\s*$", Pattern.MULTILINE);

  private static final JsonMapper MAPPER = TestJson.MAPPER;

  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  private static Path generatedJava(Specs spec) {
    return moduleDir()
        .resolve("target/generated-sources")
        .resolve(spec.generatedFolder())
        .resolve("java");
  }

  private static List<Path> generatedSources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Specs spec : Specs.values()) {
      out.addAll(javaFilesUnder(generatedJava(spec)));
    }
    assertThat(out).as("generated sources under target/generated-sources").isNotEmpty();
    return out;
  }

  private static List<Path> javaFilesUnder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The generated model classes of a spec, from the source files the generator wrote. */
  private static List<Class<?>> modelClasses(Specs spec) throws Exception {
    String modelPackage = spec.javaPackage() + ".model";
    Path dir = generatedJava(spec).resolve(modelPackage.replace('.', '/'));
    List<Class<?>> out = new ArrayList<>();
    for (Path file : javaFilesUnder(dir)) {
      String simple = file.getFileName().toString().replace(".java", "");
      out.add(Class.forName(modelPackage + "." + simple));
    }
    return out;
  }

  // ------------------------------------------------------------------ API interfaces

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyTagIsAFeignInterfaceWithOneMethodPerOperationId(Specs spec) throws Exception {
    Map<String, Set<String>> idsByTag = new TreeMap<>();
    for (Specs.SpecOperation op : Specs.operations(spec.openApi())) {
      idsByTag
          .computeIfAbsent(op.operation().getTags().get(0), tag -> new TreeSet<>())
          .add(op.operation().getOperationId());
    }

    for (Map.Entry<String, Set<String>> tag : idsByTag.entrySet()) {
      Class<?> api = Class.forName(spec.javaPackage() + ".api." + tag.getKey() + "Api");
      List<Method> methods = abstractMethods(api);

      assertThat(api.isInterface()).as("%s is an interface", api).isTrue();
      assertThat(methods)
          .as("methods of %s", api)
          .allSatisfy(
              m -> assertThat(m.isAnnotationPresent(RequestLine.class)).as("%s", m).isTrue());
      Set<String> names =
          methods.stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
      assertThat(names).as("methods of %s", api).isEqualTo(tag.getValue());
    }
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyRequestLineIsTheOperationsMethodAndPath(Specs spec) throws Exception {
    for (Specs.SpecOperation op : Specs.operations(spec.openApi())) {
      Class<?> api =
          Class.forName(spec.javaPackage() + ".api." + op.operation().getTags().get(0) + "Api");
      Method method =
          abstractMethods(api).stream()
              .filter(m -> m.getName().equals(op.operation().getOperationId()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no method for " + op));

      String requestLine = method.getAnnotation(RequestLine.class).value();

      assertThat(withoutParameterNames(requestLine.replaceFirst("\\?.*$", "")))
          .as("@RequestLine of %s", method)
          .isEqualTo(withoutParameterNames(op.method() + " " + op.path()));
    }
  }

  private static List<Method> abstractMethods(Class<?> api) {
    return Arrays.stream(api.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .toList();
  }

  /**
   * Path parameter names are camel-cased in Java ({@code {workspace_id}} -> {@code {workspaceId}}).
   */
  private static String withoutParameterNames(String line) {
    return line.replaceAll("\\{[^}]*}", "{}");
  }

  // ------------------------------------------------------------------ models

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyGeneratedModelIsAnImmutableClassOrAClosedEnum(Specs spec) throws Exception {
    assertThat(modelClasses(spec))
        .isNotEmpty()
        .allSatisfy(
            type ->
                assertThat(isImmutableClass(type) || type.isEnum())
                    .as("%s", type.getName())
                    .isTrue());
  }

  /**
   * A final class whose constructors are all private: adding a property cannot break a caller,
   * which a record's public canonical constructor would.
   */
  static boolean isImmutableClass(Class<?> type) {
    return !type.isRecord()
        && !type.isEnum()
        && Modifier.isFinal(type.getModifiers())
        && type.getConstructors().length == 0
        && Arrays.stream(type.getDeclaredFields())
            .filter(f -> !f.isSynthetic())
            .allMatch(f -> Modifier.isFinal(f.getModifiers()));
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void everyObjectSchemaIsAModelWithBuilderAndUnknownProperties(Specs spec) throws Exception {
    OpenAPI api = spec.openApi();
    Set<String> multipartOnly = multipartBodySchemas(api);
    List<String> names = new ArrayList<>();
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (schema.getProperties() != null && !multipartOnly.contains(name)) {
                names.add(name);
              }
            });

    assertThat(names).isNotEmpty();
    for (String name : names) {
      Class<?> type = Class.forName(spec.javaPackage() + ".model." + name);
      assertThat(isImmutableClass(type)).as("%s is an immutable class", type.getName()).isTrue();
      assertThat(type.getMethod("builder").getReturnType().getSimpleName()).isEqualTo("Builder");
      assertThat(type.getMethod("toBuilder").getReturnType().getSimpleName()).isEqualTo("Builder");
      assertThat(type.getMethod("_additionalProperties").getReturnType()).isEqualTo(Map.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Specs.class)
  void extensibleEnumsAreOpenClassesAndOtherEnumsAreJavaEnums(Specs spec) throws Exception {
    Map<String, Schema<?>> schemas = new TreeMap<>();
    spec.openApi().getComponents().getSchemas().forEach(schemas::put);
    for (Map.Entry<String, Schema<?>> entry : schemas.entrySet()) {
      Schema<?> schema = entry.getValue();
      if (schema.getEnum() == null) {
        continue;
      }
      Class<?> type = Class.forName(spec.javaPackage() + ".model." + entry.getKey());
      boolean open =
          schema.getExtensions() != null
              && Boolean.TRUE.equals(schema.getExtensions().get("x-extensible-enum"));
      if (open) {
        assertThat(isImmutableClass(type)).as("%s is an open enum class", type.getName()).isTrue();
        assertThat(type.getMethod("isKnown").getReturnType()).isEqualTo(boolean.class);
        assertThat(type.getMethod("known").getReturnType().isEnum()).isTrue();
        assertThat(type.getMethod("value").getReturnType()).isEqualTo(String.class);
      } else {
        assertThat(type.isEnum()).as("%s is a closed enum", type.getName()).isTrue();
      }
    }
  }

  /** Schemas used as a multipart request body: sent as form parts, no model is generated. */
  private static Set<String> multipartBodySchemas(OpenAPI api) {
    Set<String> out = new HashSet<>();
    for (Specs.SpecOperation op : Specs.operations(api)) {
      if (op.operation().getRequestBody() == null
          || op.operation().getRequestBody().getContent() == null) {
        continue;
      }
      op.operation()
          .getRequestBody()
          .getContent()
          .forEach(
              (type, media) -> {
                if (type.startsWith("multipart/")
                    && media.getSchema() != null
                    && media.getSchema().get$ref() != null) {
                  String ref = media.getSchema().get$ref();
                  out.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
              });
    }
    return out;
  }

  // ------------------------------------------------------------------ enums

  @Test
  void openEnumKeepsAnUnknownValue() throws JsonProcessingException {
    Playlist playlist = MAPPER.readValue("\"brand-new-playlist\"", Playlist.class);

    assertThat(playlist.value()).isEqualTo("brand-new-playlist");
    assertThat(playlist.isKnown()).isFalse();
  }

  @Test
  void openEnumWritesAnUnknownValueBackUnchanged() throws JsonProcessingException {
    Playlist playlist = MAPPER.readValue("\"brand-new-playlist\"", Playlist.class);

    assertThat(MAPPER.writeValueAsString(playlist)).isEqualTo("\"brand-new-playlist\"");
  }

  @Test
  void openEnumDecodesAKnownValueToTheSharedConstant() throws JsonProcessingException {
    Playlist playlist = MAPPER.readValue("\"ranked-duels\"", Playlist.class);

    assertThat(playlist).isSameAs(Playlist.RANKED_DUELS);
    assertThat(playlist.isKnown()).isTrue();
  }

  @Test
  void recordWithAnUnknownOpenEnumValueDecodes() throws JsonProcessingException {
    ReplaySummary summary =
        MAPPER.readValue(
            "{\"id\":\"r1\",\"playlist_id\":\"brand-new-playlist\"}", ReplaySummary.class);

    assertThat(summary.playlistId().value()).isEqualTo("brand-new-playlist");
    assertThat(summary.playlistId().isKnown()).isFalse();
  }

  @Test
  void closedRequestEnumWritesItsWireValue() throws JsonProcessingException {
    assertThat(MAPPER.writeValueAsString(SortDirection.DESC)).isEqualTo("\"desc\"");
    assertThat(SortDirection.ASC.value()).isEqualTo("asc");
  }

  // ------------------------------------------------------------------ records

  @Test
  void optionalFieldLeftNullIsOmitted() {
    WorkspaceEntryResponse entry =
        WorkspaceEntryResponse.builder()
            .path("mymod")
            .type(WorkspaceEntryType.of("directory"))
            .build();

    JsonNode json = MAPPER.valueToTree(entry);

    assertThat(json.has("size")).isFalse();
    assertThat(json.has("modified_time")).isFalse();
  }

  @Test
  void requiredNullableFieldIsWrittenAsJsonNull() {
    AccountResponse account =
        AccountResponse.builder()
            .id("a-42")
            .tag("Bomber")
            .createTime(OffsetDateTime.parse("2026-05-01T08:00:00Z"))
            .lastActiveDay(null)
            .totalActiveDays(0)
            .build();

    JsonNode json = MAPPER.valueToTree(account);

    assertThat(json.has("last_active_day")).isTrue();
    assertThat(json.get("last_active_day").isNull()).isTrue();
  }

  @Test
  void requiredNullableFieldDecodesFromJsonNull() throws JsonProcessingException {
    AccountResponse account =
        MAPPER.readValue(
            "{\"id\":\"a-42\",\"tag\":\"Bomber\",\"create_time\":\"2026-05-01T08:00:00Z\","
                + "\"last_active_day\":null,\"total_active_days\":0}",
            AccountResponse.class);

    assertThat(account.lastActiveDay()).isNull();
    assertThat(account.totalActiveDays()).isZero();
  }

  @Test
  void directoryEntryDecodesWithoutSizeOrModifiedTime() throws JsonProcessingException {
    WorkspaceEntryResponse entry =
        MAPPER.readValue(
            "{\"path\":\"mymod\",\"type\":\"directory\"}", WorkspaceEntryResponse.class);

    assertThat(entry.path()).isEqualTo("mymod");
    assertThat(entry.type()).isEqualTo(WorkspaceEntryType.of("directory"));
    assertThat(entry.size()).isNull();
    assertThat(entry.modifiedTime()).isNull();
  }

  @Test
  void sizesAboveTwoToThe31DecodeIntoLong() throws Exception {
    WorkspaceResponse workspace =
        MAPPER.readValue(
            "{\"id\":\"ws-1\",\"name\":\"Maps\",\"size\":3221225472,"
                + "\"create_time\":\"2026-02-14T19:30:05.500000Z\","
                + "\"modified_time\":\"2026-02-14T19:30:05.500000Z\"}",
            WorkspaceResponse.class);

    assertThat(workspace.size()).isEqualTo(3_221_225_472L);
    assertThat(componentType(WorkspaceResponse.class, "size")).isEqualTo(Long.class);
    assertThat(componentType(WorkspaceEntryResponse.class, "size")).isEqualTo(Long.class);
  }

  private static Class<?> componentType(Class<?> model, String name) throws NoSuchMethodException {
    return model.getMethod(name).getReturnType();
  }

  @Test
  void dateTimesKeepTheirOffset() throws JsonProcessingException {
    ReplaySummary summary =
        MAPPER.readValue(
            "{\"id\":\"r1\",\"date\":\"2024-12-11T21:34:00-06:00\"}", ReplaySummary.class);

    assertThat(summary.date().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    assertThat(summary.date().toLocalDateTime()).hasToString("2024-12-11T21:34");
    assertThat(MAPPER.valueToTree(summary).get("date").textValue())
        .isEqualTo("2024-12-11T21:34:00-06:00");
  }

  @Test
  void datesDecodeIntoLocalDate() throws JsonProcessingException {
    AccountResponse account =
        MAPPER.readValue(
            "{\"id\":\"a-42\",\"tag\":\"Bomber\",\"create_time\":\"2026-05-01T08:00:00Z\","
                + "\"last_active_day\":\"2026-05-02\",\"total_active_days\":2}",
            AccountResponse.class);

    assertThat(account.lastActiveDay()).isEqualTo(LocalDate.of(2026, 5, 2));
  }

  @Test
  void unknownJsonPropertiesAreIgnoredEvenByAStrictMapper() throws JsonProcessingException {
    JsonMapper strict =
        MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    AccountResponse account =
        strict.readValue(
            "{\"id\":\"a-42\",\"tag\":\"Bomber\",\"create_time\":\"2026-05-01T08:00:00Z\","
                + "\"last_active_day\":null,\"total_active_days\":2,"
                + "\"brand_new_key\":{\"nested\":[1,2]}}",
            AccountResponse.class);

    assertThat(account.id()).isEqualTo("a-42");
    assertThat(account.totalActiveDays()).isEqualTo(2);
  }

  @Test
  void replayQueryToBuilderRoundTrips() {
    ReplaysApi.ReplayQuery query =
        ReplaysApi.ReplayQuery.builder()
            .title("night")
            .playerName("a", "b")
            .playlist(Playlist.RANKED_DUELS, Playlist.of("brand-new-playlist"))
            .matchResult(MatchResult.values()[0])
            .createdAfter(OffsetDateTime.parse("2025-01-02T15:00:05+01:00"))
            .count(50)
            .sortBy(ReplaySortBy.values()[0])
            .sortDir(SortDirection.ASC)
            .after("cursor")
            .build();

    ReplaysApi.ReplayQuery copy = query.toBuilder().build();

    assertThat(copy).isEqualTo(query);
    assertThat(query.toBuilder().count(10).build().count()).isEqualTo(10);
    assertThat(query.count()).isEqualTo(50);
  }

  // ------------------------------------------------------------------ sources

  @Test
  void everyGeneratedSourceCarriesTheGeneratedAnnotation() throws IOException {
    assertThat(generatedSources())
        .allSatisfy(
            file -> assertThat(Files.readString(file)).as("%s", file).contains(GENERATED_MARKER));
  }

  @Test
  void javadocReadsAsWrittenWithoutStringEscapes() throws IOException {
    assertThat(generatedSources())
        .allSatisfy(
            file ->
                assertThat(Files.readAllLines(file))
                    .as(
                        "%s: the generator escapes a double quote of a spec description for Java"
                            + " strings, and Javadoc shows the backslash: word it without one",
                        file)
                    .filteredOn(line -> line.trim().startsWith("*"))
                    .noneMatch(line -> line.contains("\\\"")));
  }

  @Test
  void noGeneratedSourceLivesUnderSrcOfAnyModule() throws IOException {
    Set<String> generatedRelative = new HashSet<>();
    for (Specs spec : Specs.values()) {
      Path root = generatedJava(spec);
      for (Path file : javaFilesUnder(root)) {
        generatedRelative.add(root.relativize(file).toString().replace('\\', '/'));
      }
    }
    assertThat(generatedRelative).isNotEmpty();

    List<String> misplaced = new ArrayList<>();
    Path repoRoot = moduleDir().getParent();
    try (Stream<Path> modules = Files.list(repoRoot)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        for (Path file : javaFilesUnder(module.resolve("src"))) {
          String path = file.toString().replace('\\', '/');
          boolean sameName = generatedRelative.stream().anyMatch(path::endsWith);
          if (sameName || Files.readString(file).contains(GENERATED_MARKER)) {
            misplaced.add(repoRoot.relativize(file).toString());
          }
        }
      }
    }

    assertThat(misplaced).as("generated sources checked in under src/").isEmpty();
  }

  @Test
  void generatedSourcesHaveNoUnusedImports() throws IOException {
    List<String> unused = new ArrayList<>();
    for (Path file : generatedSources()) {
      String text = Files.readString(file);
      String body = IMPORT.matcher(text).replaceAll("");
      Matcher imports = IMPORT.matcher(text);
      while (imports.find()) {
        String qualified = imports.group(1);
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        if (!Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(body).find()) {
          unused.add(file.getFileName() + ": " + qualified);
        }
      }
    }

    assertThat(unused).isEmpty();
  }
}
