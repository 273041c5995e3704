package io.github.ballkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary embedded-redis ships) on a free loopback port, without
 * persistence, so a restart loses every key as a crashed or replaced Redis would. Stop and start
 * keep the port.
 */
final class LocalRedis implements AutoCloseable {
  private final int port;
  private final Path dir;
  private RedisServer server;
  private RedisClient inspector;
  private StatefulRedisConnection<String, String> inspection;

  private LocalRedis(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  static LocalRedis start() {
    try {
      int port;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = probe.getLocalPort();
      }
      LocalRedis redis = new LocalRedis(port, Files.createTempDirectory("ballkit-redis"));
      redis.startServer();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start redis-server", e);
    }
  }

  int port() {
    return port;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  void startServer() {
    try {
      server =
          RedisServer.newRedisServer()
              .port(port)
              .setting("bind 127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .setting("dir " + dir)
              .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start redis-server on port " + port, e);
    }
  }

  void stopServer() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop redis-server", e);
    }
  }

  /** Stops and starts the server on the same port: every key is gone, as after a crash. */
  void restart() {
    stopServer();
    startServer();
  }

  /** Commands on a connection of the test's own, to look at what the store keeps. */
  RedisCommands<String, String> commands() {
    if (inspector == null) {
      inspector = RedisClient.create(RedisURI.create(uri()));
      inspection = inspector.connect();
    }
    return inspection.sync();
  }

  @Override
  public void close() {
    if (inspector != null) {
      inspector.shutdown();
    }
    if (server != null && server.isActive()) {
      stopServer();
    }
  }
}
