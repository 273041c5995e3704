package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BallisticaWorkspacesTest extends BallisticaEmulatorTestBase {

  @Test
  void aCreatedWorkspaceIsAnswered201AndListed() {
    Http.Answer created = http.post("/api/v1/workspaces", "{\"name\":\"My Mods\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("name").asText()).isEqualTo("My Mods");
    assertThat(created.json().get("size").asLong()).isZero();
    assertThat(http.get("/api/v1/workspaces").json().get("workspaces"))
        .extracting(w -> w.get("id").asText())
        .containsExactly(created.json().get("id").asText());
  }

  @Test
  void workspacesOfAnotherAccountAreNotVisible() {
    String id = createWorkspace("Private");
    Http other = http.withAuthorization("Bearer someone-else");

    assertThat(other.get("/api/v1/workspaces/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/workspaces").json().get("workspaces")).isEmpty();
  }

  @Test
  void aWorkspaceCanBeReadRenamedAndDeleted() {
    String id = createWorkspace("Old");
    String path = "/api/v1/workspaces/" + id;

    assertThat(http.get(path).json().get("name").asText()).isEqualTo("Old");
    Http.Answer renamed = http.patch(path, "{\"name\":\"New Name\"}");
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("name").asText()).isEqualTo("New Name");
    assertThat(http.delete(path).status()).isEqualTo(204);
    assertThat(http.get(path).status()).isEqualTo(404);
    assertThat(http.delete(path).json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void theActiveWorkspaceIsNullUntilSetAndCanBeCleared() {
    String id = createWorkspace("Synced");

    Http.Answer none = http.get("/api/v1/workspaces/active");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.text()).isEqualTo("null");

    Http.Answer set = http.post("/api/v1/workspaces/active", "{\"workspace_id\":\"" + id + "\"}");
    assertThat(set.json().get("id").asText()).isEqualTo(id);
    assertThat(http.get("/api/v1/workspaces/active").json().get("name").asText())
        .isEqualTo("Synced");

    Http.Answer cleared = http.post("/api/v1/workspaces/active", "{\"workspace_id\":null}");
    assertThat(cleared.text()).isEqualTo("null");
    assertThat(http.get("/api/v1/workspaces/active").text()).isEqualTo("null");
  }

  @Test
  void activatingAnUnknownWorkspaceIsAnInvalidParameter() {
    Http.Answer answer = http.post("/api/v1/workspaces/active", "{\"workspace_id\":\"ws-nope\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_parameter");
  }

  @Test
  void deletingTheActiveWorkspaceClearsIt() {
    String id = createWorkspace("Gone");
    http.post("/api/v1/workspaces/active", "{\"workspace_id\":\"" + id + "\"}");

    http.delete("/api/v1/workspaces/" + id);

    assertThat(http.get("/api/v1/workspaces/active").text()).isEqualTo("null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " leading", "trailing ", "a/b", "129"})
  void badWorkspaceNamesAreInvalidParameters(String name) {
    String sent = name.equals("129") ? "x".repeat(129) : name;
    Map<String, Object> body = new HashMap<>();
    body.put("name", sent);

    Http.Answer created = http.post("/api/v1/workspaces", Http.json(body));
    Http.Answer renamed =
        http.patch("/api/v1/workspaces/" + createWorkspace("Fine"), Http.json(body));

    assertThat(created.status()).isEqualTo(400);
    assertThat(created.json().get("error").asText()).isEqualTo("invalid_parameter");
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(emulator.takeViolations())
        .as("the spec rejects these names too")
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(v -> v.contains("validation.request.body.schema"));
  }

  @Test
  void namesWithInnerSpacesUnderscoresAnd128CharactersAreFine() {
    assertThat(http.post("/api/v1/workspaces", "{\"name\":\"_test restapi_lifecycle\"}").status())
        .isEqualTo(201);
    assertThat(http.post("/api/v1/workspaces", "{\"name\":\"" + "y".repeat(128) + "\"}").status())
        .isEqualTo(201);
  }
}
