package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class BallchasingMiscTest extends BallchasingEmulatorTestBase {

  @Test
  void pingNamesTheTokenOwnerAndTier() {
    JsonNode ping = http.get("/").json();

    assertThat(ping.get("chaser").asBoolean()).isTrue();
    assertThat(ping.get("steam_id").asText()).startsWith("7656119");
    assertThat(ping.get("type").asText()).isEqualTo("gc");
  }

  @Test
  void aTestCanNameAUser() {
    try (BallchasingEmulator named =
        BallchasingEmulator.builder().user("my-token", "Can't Fly").start()) {
      assertThat(new Http(named.baseUrl(), "my-token").get("/").json().get("name").asText())
          .isEqualTo("Can't Fly");
      named.assertNoViolations();
    }
  }

  @Test
  void groupUploadTokensAreRefusedByPing() {
    Http.Answer answer = http.withAuthorization("g/some-group-token").get("/");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid API key");
  }

  @Test
  void mapsAreTheSpecsDictionary() {
    JsonNode maps = http.get("/maps").json();

    assertThat(maps.get("stadium_p").asText()).isEqualTo("DFH Stadium");
  }

  @Test
  void anUnknownPathIsNotFound() {
    assertThat(http.get("/teams").status()).isEqualTo(404);
    assertThat(emulator.takeViolations())
        .singleElement()
        .asString()
        .contains("validation.request.path.missing");
  }
}
