package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One Ballistica emulator per test class; each test acts as a fresh account. */
abstract class BallisticaEmulatorTestBase {
  static final TestClock CLOCK = TestClock.fixed();
  static BallisticaEmulator emulator;
  Http http;

  @BeforeAll
  static void startEmulator() {
    emulator = BallisticaEmulator.builder().clock(CLOCK).account("kronk-token", "Kronk").start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void freshAccount() {
    http = new Http(emulator.baseUrl(), "Bearer " + UUID.randomUUID());
  }

  @AfterEach
  void trafficFitsTheSpec() {
    emulator.assertNoViolations();
  }

  String createWorkspace(String name) {
    Http.Answer created = http.post("/api/v1/workspaces", Http.json(Map.of("name", name)));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  static String files(String workspaceId) {
    return "/api/v1/workspaces/" + workspaceId + "/files";
  }

  Http.Answer op(String workspaceId, String path, Map<String, Object> body) {
    return http.post(files(workspaceId) + "/" + path, Http.json(body));
  }

  JsonNode uploadInit(String workspaceId, String path, byte[] bytes) {
    Http.Answer init =
        op(
            workspaceId,
            path,
            Map.of("op", "upload-init", "size", bytes.length, "sha256", sha256(bytes)));
    assertThat(init.status()).as(init.text()).isEqualTo(200);
    return init.json();
  }

  /** The whole flow: init, signed PUT with exactly the returned headers, finalize. */
  void upload(String workspaceId, String path, byte[] bytes) {
    JsonNode init = uploadInit(workspaceId, path, bytes);
    if (init.get("status").asText().equals("exists")) {
      return;
    }
    Http.Answer put = Http.put(init.get("upload_url").asText(), headersOf(init), bytes);
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    Http.Answer done =
        op(
            workspaceId,
            path,
            Map.of("op", "upload-finalize", "session_id", init.get("session_id").asText()));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
  }

  static Map<String, String> headersOf(JsonNode init) {
    Map<String, String> headers = new LinkedHashMap<>();
    init.get("upload_headers")
        .properties()
        .forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
