package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * Which body a status carries is read from the spec, so the client learns from it (not from a
 * status and operation repeated in Java) where a duplicate replay's 409 comes from.
 */
class ResponseSchemasComeFromTheSpecTest {

  @Test
  void thePackagedSpecGivesTheDuplicateReplayBodyToTheUploadsConflict() {
    SpecMetadata spec = SpecMetadata.load("io/github/ballkit/spec/ballchasing.yaml");

    assertThat(spec.operations().get("uploadReplay").responseSchema(409))
        .contains("DuplicateReplay");
    assertThat(spec.operations().get("uploadReplay").responseSchema(201)).contains("UploadResult");
    assertThat(
            spec.operations().values().stream()
                .filter(op -> op.responseSchemas().containsValue("DuplicateReplay"))
                .map(OperationInfo::operationId))
        .as("the only operation that answers with it")
        .containsExactly("uploadReplay");
  }

  @Test
  void aResponseDeclaredOnceUnderComponentsIsLookedThrough() throws Exception {
    String yaml =
        """
        paths:
          /things:
            post:
              operationId: createThing
              responses:
                "409":
                  $ref: "#/components/responses/Taken"
                "422":
                  description: no body
                default:
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Problem"
        components:
          responses:
            Taken:
              content:
                application/json:
                  schema:
                    $ref: "#/components/schemas/ThingTaken"
        """;

    OperationInfo op =
        SpecMetadata.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml))
            .operations()
            .get("createThing");

    assertThat(op.responseSchema(409)).contains("ThingTaken");
    assertThat(op.responseSchema(422)).isEmpty();
    assertThat(op.responseSchema(500)).as("default names no status").isEmpty();
  }
}
