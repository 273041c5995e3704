package io.github.ballkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The server side of {@link TransferHeap}, run in its own JVM so its buffers never count towards
 * the client's heap. Serves a body of {@code size} bytes, generated on the fly from a repeating 64
 * KiB pattern (byte {@code i} is {@code i % 251}), for {@code GET /replays/{id}/file} and {@code
 * GET /api/v1/workspaces/{ws}/files/{path}}; answers Ballistica's {@code upload-init} with a signed
 * URL on this server and {@code upload-finalize} with 204; and accepts {@code PUT
 * /signed/{session}}, counting and discarding the bytes.
 *
 * <p>Prints {@code PORT <n>} on start and {@code PUT <bytes> <authorization header present>} after
 * each upload, and exits when its standard input closes (that is, with its parent).
 */
public final class TransferServer {
  /** The pattern's period: a prime, so it never lines up with buffer sizes. */
  static final int PERIOD = 251;

  private static final int CHUNK = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final long size;
  private final byte[] chunk = new byte[CHUNK + PERIOD];
  private int port;

  private TransferServer(long size) {
    this.size = size;
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = (byte) (i % PERIOD);
    }
  }

  /**
   * Runs the server.
   *
   * @param args the body size in bytes
   * @throws IOException when standard input fails
   */
  public static void main(String[] args) throws IOException {
    TransferServer transfer = new TransferServer(Long.parseLong(args[0]));
    try (LocalServer server = LocalServer.start(transfer::handle)) {
      transfer.port = server.port();
      System.out.println("PORT " + server.port());
      System.out.flush();
      while (System.in.read() != -1) {
        // runs until the parent closes our standard input
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (method.equals("GET")
        && (path.matches("/replays/[^/]+/file")
            || path.matches("/api/v1/workspaces/[^/]+/files/.+"))) {
      streamBody(exchange);
    } else if (method.equals("POST") && path.matches("/api/v1/workspaces/[^/]+/files/.+")) {
      fileOperation(exchange);
    } else if (method.equals("PUT") && path.startsWith("/signed/")) {
      boolean authorization = exchange.getRequestHeaders().containsKey("Authorization");
      long received = LocalServer.drain(exchange.getRequestBody());
      System.out.println("PUT " + received + " " + authorization);
      System.out.flush();
      LocalServer.respond(exchange, 200, null, null);
    } else {
      LocalServer.respond(exchange, 404, "application/json", Fixtures.NOT_FOUND_JSON);
    }
  }

  private void streamBody(HttpExchange exchange) throws IOException {
    LocalServer.drain(exchange.getRequestBody());
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, size);
    try (OutputStream out = exchange.getResponseBody()) {
      long sent = 0;
      while (sent < size) {
        int offset = (int) (sent % PERIOD);
        int length = (int) Math.min(CHUNK, size - sent);
        out.write(chunk, offset, length);
        sent += length;
      }
    }
  }

  private void fileOperation(HttpExchange exchange) throws IOException {
    // Read the bytes first: Jackson would close the stream, which respond() drains.
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    String op = body.path("op").asText();
    if (op.equals("upload-init")) {
      String session = "us-" + System.nanoTime();
      String answer =
          "{\"status\":\"upload_required\",\"session_id\":\""
              + session
              + "\",\"upload_url\":\"http://127.0.0.1:"
              + port
              + "/signed/"
              + session
              + "?signature=bench\",\"upload_headers\":"
              + "{\"Content-Type\":\"application/octet-stream\"},"
              + "\"expires_at\":\"2026-04-18T09:15:42Z\"}";
      LocalServer.respond(
          exchange, 200, "application/json", answer.getBytes(StandardCharsets.UTF_8));
    } else if (op.equals("upload-finalize")) {
      LocalServer.respond(exchange, 204, null, null);
    } else {
      LocalServer.respond(
          exchange,
          400,
          "application/json",
          "{\"error\":\"invalid_parameter\",\"message\":\"unknown op\"}"
              .getBytes(StandardCharsets.UTF_8));
    }
  }
}
