package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallisticaUploadFlowTest extends BallisticaEmulatorTestBase {
  private final byte[] bytes = ("unique " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);

  @Test
  void initAnswersASignedUrlOnTheEmulatorOutsideTheApi() {
    String ws = createWorkspace("Init");

    JsonNode init = uploadInit(ws, "notes.txt", bytes);

    assertThat(init.get("status").asText()).isEqualTo("upload_required");
    assertThat(init.get("upload_url").asText())
        .startsWith(emulator.baseUrl() + "/_signed-upload/")
        .doesNotContain("/api/v1");
    assertThat(headersOf(init)).containsKey("Content-Type");
    assertThat(init.get("session_id").asText()).isNotEmpty();
    assertThat(init.has("expires_at")).isTrue();
  }

  @Test
  void theFileExistsOnlyAfterFinalize() {
    String ws = createWorkspace("Finalize");
    JsonNode init = uploadInit(ws, "notes.txt", bytes);
    Http.put(init.get("upload_url").asText(), headersOf(init), bytes);

    assertThat(http.get(files(ws) + "/notes.txt").status()).isEqualTo(404);
    op(
        ws,
        "notes.txt",
        Map.of("op", "upload-finalize", "session_id", init.get("session_id").asText()));
    assertThat(http.get(files(ws) + "/notes.txt").body()).isEqualTo(bytes);
  }

  @Test
  void knownContentIsAnsweredExistsAndPlacedAtOnce() {
    String ws = createWorkspace("Dedupe");
    upload(ws, "first.txt", bytes);

    JsonNode again = uploadInit(ws, "second.txt", bytes);

    assertThat(again.get("status").asText()).isEqualTo("exists");
    assertThat(again.has("upload_url")).isFalse();
    assertThat(http.get(files(ws) + "/second.txt").body()).isEqualTo(bytes);
  }

  @Test
  void theSignedPutMustNotCarryTheToken() {
    String ws = createWorkspace("NoToken");
    JsonNode init = uploadInit(ws, "notes.txt", bytes);
    Map<String, String> headers = new LinkedHashMap<>(headersOf(init));
    headers.put("Authorization", "Bearer leaked");

    assertThat(Http.put(init.get("upload_url").asText(), headers, bytes).status()).isEqualTo(400);
  }

  @Test
  void theSignedPutNeedsExactlyTheReturnedHeaders() {
    String ws = createWorkspace("Headers");
    JsonNode init = uploadInit(ws, "notes.txt", bytes);
    String url = init.get("upload_url").asText();
    Map<String, String> changed = new LinkedHashMap<>(headersOf(init));
    changed.put("Content-Type", "text/plain");
    Map<String, String> missing = new LinkedHashMap<>(headersOf(init));
    missing.keySet().removeIf(k -> !k.equals("Content-Type"));

    assertThat(Http.put(url, changed, bytes).status()).isEqualTo(403);
    assertThat(Http.put(url, missing, bytes).status()).isEqualTo(403);
    assertThat(Http.put(url + "x", headersOf(init), bytes).status()).isEqualTo(403);
  }

  @Test
  void theSignedPutChecksSizeAndHash() {
    String ws = createWorkspace("Digest");
    JsonNode init = uploadInit(ws, "notes.txt", bytes);
    byte[] other = bytes.clone();
    other[0] ^= 1;

    assertThat(Http.put(init.get("upload_url").asText(), headersOf(init), other).status())
        .isEqualTo(400);
    assertThat(Http.put(init.get("upload_url").asText(), headersOf(init), new byte[1]).status())
        .isEqualTo(400);
  }

  @Test
  void finalizeBeforeThePutIsAnInvalidParameter() {
    String ws = createWorkspace("Early");
    JsonNode init = uploadInit(ws, "notes.txt", bytes);

    Http.Answer answer =
        op(
            ws,
            "notes.txt",
            Map.of("op", "upload-finalize", "session_id", init.get("session_id").asText()));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_parameter");
  }

  @Test
  void anExpiredSignedUrlIsRefused() {
    String ws = createWorkspace("Expired");
    JsonNode init = uploadInit(ws, "notes.txt", bytes);

    CLOCK.advance(Duration.ofMinutes(16));

    assertThat(Http.put(init.get("upload_url").asText(), headersOf(init), bytes).status())
        .isEqualTo(403);
  }
}
