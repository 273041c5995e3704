package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One ballchasing emulator per test class, on a test clock, tier gc (so the functional tests do not
 * run into rate limits; those have their own test). Each test acts as a fresh user.
 */
abstract class BallchasingEmulatorTestBase {
  static final Duration PROCESSING = Duration.ofSeconds(5);
  static TestClock clock;
  static BallchasingEmulator emulator;
  Http http;

  @BeforeAll
  static void startEmulator() {
    clock = TestClock.fixed();
    emulator =
        BallchasingEmulator.builder().clock(clock).tier("gc").processingDelay(PROCESSING).start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void freshUser() {
    http = new Http(emulator.baseUrl(), "token-" + UUID.randomUUID());
  }

  @AfterEach
  void trafficFitsTheSpec() {
    emulator.assertNoViolations();
  }

  /** Moves the clock past the processing delay. */
  static void processAll() {
    clock.advance(PROCESSING.plusSeconds(1));
  }

  static byte[] replayBytes(String seed) {
    return ("fake replay " + seed).getBytes(StandardCharsets.UTF_8);
  }

  Http.Answer upload(Http as, String fileName, byte[] bytes, String query) {
    clock.advance(Duration.ofSeconds(1));
    String boundary = "ballkit" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return as.send(
        as.request("/v2/upload" + (query == null ? "" : "?" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  String uploadOk(String seed) {
    Http.Answer answer =
        upload(http, seed + ".replay", replayBytes(seed + UUID.randomUUID()), null);
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return answer.json().get("id").asText();
  }

  JsonNode replay(String id) {
    Http.Answer answer = http.get("/replays/" + id);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.json();
  }

  String createGroup(String name, String parent) {
    String body =
        "{\"name\":\""
            + name
            + "\","
            + (parent == null ? "" : "\"parent\":\"" + parent + "\",")
            + "\"player_identification\":\"by-id\",\"team_identification\":\"by-distinct-players\"}";
    Http.Answer created = http.post("/groups", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asText();
  }
}
