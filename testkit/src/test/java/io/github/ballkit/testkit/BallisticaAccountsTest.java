package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BallisticaAccountsTest extends BallisticaEmulatorTestBase {

  @Test
  void meIsTheTokensAccount() {
    Http.Answer me = http.withAuthorization("Bearer kronk-token").get("/api/v1/accounts/me");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asText()).startsWith("a-");
    assertThat(me.json().get("tag").asText()).isEqualTo("Kronk");
  }

  @Test
  void anAccountIsFoundByItsTagAndItsId() {
    Http kronk = http.withAuthorization("Bearer kronk-token");
    String id = kronk.get("/api/v1/accounts/me").json().get("id").asText();

    assertThat(http.get("/api/v1/accounts/by-tag/Kronk").json().get("id").asText()).isEqualTo(id);
    assertThat(http.get("/api/v1/accounts/" + id).json().get("tag").asText()).isEqualTo("Kronk");
  }

  @Test
  void anUnknownTagOrIdIsNotFound() {
    Http.Answer byTag = http.get("/api/v1/accounts/by-tag/zzzznosuchtagzzz");
    Http.Answer byId = http.get("/api/v1/accounts/a-00000000");

    assertThat(byTag.status()).isEqualTo(404);
    assertThat(byTag.json().get("error").asText()).isEqualTo("not_found");
    assertThat(byId.status()).isEqualTo(404);
  }

  @Test
  void withoutBearerTokenTheAnswerIsUnauthorized() {
    Http.Answer anonymous = http.withAuthorization(null).get("/api/v1/accounts/me");
    Http.Answer notBearer = http.withAuthorization("Token abc").get("/api/v1/workspaces");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("error").asText()).isEqualTo("unauthorized");
    assertThat(anonymous.json().has("message")).isTrue();
    assertThat(notBearer.status()).isEqualTo(401);
    assertThat(emulator.takeViolations())
        .hasSize(2)
        .allMatch(v -> v.contains("validation.request.security.missing"));
  }

  @Test
  void prefabSymbolsNeedNoTokenAndAreNotFoundUnlessKept() {
    String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    Http anonymous = http.withAuthorization(null);

    assertThat(anonymous.get("/api/v1/prefab-symbols/" + sha).status()).isEqualTo(404);
    emulator.withPrefabSymbols(sha, "BombSquad.pdb", 1234);
    Http.Answer kept = anonymous.get("/api/v1/prefab-symbols/" + sha);
    assertThat(kept.status()).isEqualTo(200);
    assertThat(kept.json().get("file_name").asText()).isEqualTo("BombSquad.pdb");
  }
}
