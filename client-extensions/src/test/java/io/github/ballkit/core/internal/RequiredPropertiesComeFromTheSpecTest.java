package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The properties {@link RequiredProperties} finds required in every generated model are exactly the
 * {@code required} list of its schema in the packaged spec: the lists come from the spec, and a
 * change in how the templates mark them cannot silently switch the check off.
 */
class RequiredPropertiesComeFromTheSpecTest {
  private static final String SCHEMAS = "#/components/schemas/";

  @ParameterizedTest
  @ValueSource(strings = {"ballchasing", "ballistica"})
  void everyModelRequiresWhatItsSchemaRequires(String api) throws Exception {
    JsonNode spec;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("io/github/ballkit/spec/" + api + ".yaml")) {
      spec = new YAMLMapper().readTree(in);
    }
    JsonNode schemas = spec.path("components").path("schemas");
    List<String> compared = new ArrayList<>();
    int requiring = 0;
    for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
      if (!schema.getValue().has("properties")) {
        continue; // enums, aliases: no model with properties
      }
      Set<String> declared = new HashSet<>();
      schema.getValue().path("required").forEach(name -> declared.add(name.asText()));
      Class<?> model = model(api, schema.getKey());
      if (model == null) {
        continue; // a request body sent as another type (the multipart replay upload)
      }

      assertThat(RequiredProperties.of(model).required())
          .as(schema.getKey())
          .containsExactlyInAnyOrderElementsOf(declared);
      compared.add(schema.getKey());
      requiring += declared.isEmpty() ? 0 : 1;
    }
    assertThat(requiring).as("models with required properties").isPositive();
    Set<String> answered = new HashSet<>();
    spec.findValues("responses").stream() // every operation's, and the shared ones
        .flatMap(responses -> responses.findValues("$ref").stream())
        .map(JsonNode::asText)
        .filter(ref -> ref.startsWith(SCHEMAS))
        .forEach(ref -> answered.add(ref.substring(SCHEMAS.length())));
    answered.removeIf(name -> !schemas.path(name).has("properties")); // a map, such as Maps
    assertThat(answered).as("response schemas found").isNotEmpty();
    assertThat(compared).as("every schema with properties a response is").containsAll(answered);
  }

  private static Class<?> model(String api, String schema) {
    try {
      return Class.forName("io.github.ballkit." + api + ".model." + schema);
    } catch (ClassNotFoundException notGenerated) {
      return null;
    }
  }
}
