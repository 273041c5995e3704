package io.github.ballkit.testkit.internal.emulator.ballistica;

import io.github.ballkit.testkit.internal.emulator.ApiError;
import io.github.ballkit.testkit.internal.emulator.EmulatorRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upload sessions of the signed-URL flow. The signed PUT imitates a cloud storage URL: it must not
 * carry {@code Authorization} (400), must carry exactly the returned headers and a valid signature
 * (403 otherwise, as a signature mismatch), and its bytes must have the announced size and SHA-256
 * (400).
 */
final class UploadSessions {
  static final List<String> HEADER_NAMES = List.of("Content-Type", "x-upload-content-sha256");

  record Session(
      String id,
      String workspaceId,
      String path,
      long size,
      String sha256,
      Instant expires,
      String signature,
      Map<String, String> headers) {}

  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Session> open = new HashMap<>();
  private final Map<String, Boolean> uploaded = new HashMap<>();
  private long counter;

  UploadSessions(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  Session open(String workspaceId, String path, long size, String sha256) {
    counter++;
    String id = String.format("us-%08x", (counter * 2246822519L) & 0xffffffffL);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(HEADER_NAMES.get(0), "application/octet-stream");
    headers.put(HEADER_NAMES.get(1), sha256);
    Session s =
        new Session(
            id,
            workspaceId,
            path,
            size,
            sha256,
            clock.instant().plus(lifetime),
            sha256Hex((id + "|" + sha256).getBytes(StandardCharsets.UTF_8)).substring(0, 32),
            Map.copyOf(headers));
    open.put(id, s);
    return s;
  }

  byte[] receive(String id, EmulatorRequest request) {
    Session s = open.get(id);
    if (s == null || !request.method().equals("PUT")) {
      throw new ApiError(404, "NoSuchUpload", "No upload session " + id + ".");
    }
    if (request.header("Authorization").isPresent()) {
      throw new ApiError(
          400, "InvalidArgument", "A signed URL takes no Authorization header; drop the token.");
    }
    if (!request.param("signature").orElse("").equals(s.signature())) {
      throw new ApiError(403, "SignatureDoesNotMatch", "The URL signature is not valid.");
    }
    if (clock.instant().isAfter(s.expires())) {
      throw new ApiError(403, "ExpiredToken", "The signed URL expired at " + s.expires() + ".");
    }
    for (Map.Entry<String, String> h : s.headers().entrySet()) {
      String sent = request.header(h.getKey()).orElse(null);
      if (!h.getValue().equals(sent)) {
        throw new ApiError(
            403,
            "SignatureDoesNotMatch",
            "Header " + h.getKey() + " must be exactly '" + h.getValue() + "' (got " + sent + ").");
      }
    }
    byte[] body = request.body();
    if (body.length != s.size()) {
      throw new ApiError(
          400, "BadContentLength", "Expected " + s.size() + " bytes, got " + body.length + ".");
    }
    if (!sha256Hex(body).equals(s.sha256())) {
      throw new ApiError(400, "BadDigest", "The bytes do not match the announced sha256.");
    }
    uploaded.put(id, true);
    return body;
  }

  Session finalizable(String id) {
    Session s = open.get(id);
    if (s == null) {
      throw WorkspaceRules.invalid("Unknown or already finalized upload session '" + id + "'.");
    }
    if (!uploaded.getOrDefault(id, false)) {
      throw WorkspaceRules.invalid("Nothing was uploaded to session '" + id + "' yet.");
    }
    return s;
  }

  void consume(String id) {
    open.remove(id);
    uploaded.remove(id);
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
