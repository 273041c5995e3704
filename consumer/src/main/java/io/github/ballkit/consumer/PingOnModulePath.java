package io.github.ballkit.consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.core.NotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The client used from a named module, as an application on the module path uses it: a ping (JSON
 * read by the generated models through Jackson, sent through {@code java.net.http}) and a typed
 * error, against a small local server standing in for ballchasing.com. Prints what it got; throws,
 * so the JVM exits with 1, when an answer is not the expected one.
 */
public final class PingOnModulePath {
  private static final String PING =
      """
      {"ball": "is life", "boost": "over ball", "chaser": true, "name": "ExamplePlayer",
       "steam_id": "76561190000000001", "type": "gold"}
      """;

  private PingOnModulePath() {}

  /**
   * Runs the two calls.
   *
   * @param args not used
   * @throws IOException when the local server cannot start
   */
  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", PingOnModulePath::answer);
    server.start();
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    try (BallchasingClient client =
        BallchasingClient.builder().token("demo-token").baseUrl(baseUrl).build()) {
      Ping ping = client.misc().ping();
      System.out.println("module " + BallchasingClient.class.getModule().getName());
      System.out.println("ping: " + ping.name() + " (" + ping.type().value() + ")");
      if (!"ExamplePlayer".equals(ping.name())) {
        throw new IllegalStateException("unexpected ping answer: " + ping);
      }
      try {
        client.replays().getReplay("missing");
        throw new IllegalStateException("a missing replay was found");
      } catch (NotFoundException expected) {
        System.out.println("getReplay(missing): " + expected.status() + " NotFoundException");
      }
    } finally {
      server.stop(0);
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    boolean ping = exchange.getRequestURI().getPath().equals("/api/");
    byte[] body =
        (ping ? PING : "{\"error\": \"replay not found\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(ping ? 200 : 404, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
