package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BallchasingReplaysTest extends BallchasingEmulatorTestBase {

  @Test
  void anUploadAnswers201WithANewId() {
    Http.Answer answer = upload(http, "super-game.replay", replayBytes("first"), null);

    assertThat(answer.status()).isEqualTo(201);
    String id = answer.json().get("id").asText();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(answer.json().get("location").asText()).endsWith("/replay/" + id);
  }

  @Test
  void theSameBytesAgainAnswer409WithTheExistingIdAndLocation() {
    byte[] bytes = replayBytes("twice");
    Http.Answer first = upload(http, "a.replay", bytes, null);
    Http other = http.withAuthorization("someone-else");

    Http.Answer again = upload(other, "b.replay", bytes, null);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("duplicate replay");
    assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(again.json().get("location").asText())
        .isEqualTo(first.json().get("location").asText());
  }

  @Test
  void aFileThatIsNotAReplayIsABadRequest() {
    Http.Answer answer = upload(http, "notes.txt", replayBytes("txt"), null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).contains("not a .replay file");
  }

  @Test
  void aReplayIsPendingUntilTheProcessingDelayPassed() {
    String id = uploadOk("pending");

    JsonNode pending = replay(id);
    assertThat(pending.get("status").asText()).isEqualTo("pending");
    assertThat(pending.has("blue")).isFalse();

    processAll();

    JsonNode done = replay(id);
    assertThat(done.get("status").asText()).isEqualTo("ok");
    assertThat(done.get("title").asText()).isEqualTo("pending");
  }

  @Test
  void aProcessedReplayHasPlayersTeamsAndStatsAndTheUploaderPlaysBlue() {
    String id = uploadOk("stats");
    processAll();

    JsonNode r = replay(id);
    String me = http.get("/").json().get("steam_id").asText();

    int size = r.get("team_size").asInt();
    assertThat(r.get("blue").get("players")).hasSize(size);
    assertThat(r.get("orange").get("players")).hasSize(size);
    assertThat(r.get("blue").get("players").get(0).get("id").get("id").asText()).isEqualTo(me);
    assertThat(
            r.get("blue").get("stats").get("core").get("goals").asInt()
                + r.get("orange").get("stats").get("core").get("goals").asInt())
        .isPositive();
    assertThat(r.get("map_name").asText()).isNotEmpty();
    assertThat(r.get("uploader").get("steam_id").asText()).isEqualTo(me);
  }

  @Test
  void theSyntheticMatchIsDerivedFromTheBytes() {
    byte[] bytes = replayBytes("deterministic");
    String id;
    try (BallchasingEmulator other =
        BallchasingEmulator.builder()
            .clock(clock)
            .processingDelay(java.time.Duration.ZERO)
            .start()) {
      Http there = new Http(other.baseUrl(), "same-token");
      id = upload(there, "x.replay", bytes, null).json().get("id").asText();
      JsonNode first = there.get("/replays/" + id).json();
      Http.Answer again =
          upload(new Http(emulator.baseUrl(), "same-token"), "x.replay", bytes, null);
      processAll();
      JsonNode second =
          new Http(emulator.baseUrl(), "same-token")
              .get("/replays/" + again.json().get("id").asText())
              .json();
      assertThat(second.get("rocket_league_id")).isEqualTo(first.get("rocket_league_id"));
      assertThat(second.get("blue")).isEqualTo(first.get("blue"));
      assertThat(second.get("orange")).isEqualTo(first.get("orange"));
      other.assertNoViolations();
    }
  }

  @Test
  void anUnknownReplayIsNotFound() {
    assertThat(http.get("/replays/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
  }

  @Test
  void patchChangesTitleVisibilityAndGroup() {
    String id = uploadOk("patch");
    String group = createGroup("Patched", null);
    processAll();

    Http.Answer patched =
        http.patch(
            "/replays/" + id,
            "{\"title\":\"Best game\",\"visibility\":\"unlisted\",\"group\":\"" + group + "\"}");

    assertThat(patched.status()).isEqualTo(204);
    JsonNode r = replay(id);
    assertThat(r.get("title").asText()).isEqualTo("Best game");
    assertThat(r.get("visibility").asText()).isEqualTo("unlisted");
    assertThat(r.get("groups").get(0).get("id").asText()).isEqualTo(group);

    http.patch("/replays/" + id, "{\"group\":\"\"}");
    assertThat(replay(id).has("groups")).isFalse();
  }

  @Test
  void deleteRemovesTheReplayForItsOwnerOnly() {
    String id = uploadOk("delete");

    assertThat(http.withAuthorization("not-the-owner").delete("/replays/" + id).status())
        .isEqualTo(404);
    assertThat(http.delete("/replays/" + id).status()).isEqualTo(204);
    assertThat(http.get("/replays/" + id).status()).isEqualTo(404);
  }

  @Test
  void theFileDownloadReturnsTheUploadedBytes() {
    byte[] bytes = replayBytes("download");
    String id = upload(http, "d.replay", bytes, null).json().get("id").asText();

    Http.Answer file = http.get("/replays/" + id + "/file");

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(bytes);
  }

  @Test
  void aPrivateReplayIsHiddenFromOthers() {
    String id =
        upload(http, "p.replay", replayBytes("private" + System.nanoTime()), "visibility=private")
            .json()
            .get("id")
            .asText();
    processAll();
    Http other = http.withAuthorization("another-user");

    assertThat(http.get("/replays/" + id).status()).isEqualTo(200);
    assertThat(other.get("/replays/" + id).status()).isEqualTo(404);
    assertThat(other.get("/replays/" + id + "/file").status()).isEqualTo(404);
  }

  @Test
  void withoutTokenTheAnswerIs401() {
    Http.Answer answer = http.withAuthorization(null).get("/replays");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().get("error").asText()).isEqualTo("missing API key");
    assertThat(emulator.takeViolations())
        .singleElement()
        .asString()
        .contains("validation.request.security.missing");
  }

  @Test
  void theSharedSampleReplayUploads() throws Exception {
    Path sample = Path.of("..", "..", "shared", "fixtures", "ballchasing", "sample.replay");
    assumeTrue(Files.exists(sample), "shared fixtures not present at " + sample.toAbsolutePath());

    Http.Answer answer = upload(http, "sample.replay", Files.readAllBytes(sample), null);

    assertThat(answer.status()).isIn(201, 409);
  }
}
