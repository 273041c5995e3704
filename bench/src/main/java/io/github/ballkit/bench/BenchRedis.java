package io.github.ballkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the 6.2 binary embedded-redis ships) on a free loopback port, without
 * persistence: a restart loses every key, as a crashed Redis without AOF would.
 */
final class BenchRedis implements AutoCloseable {
  private final int port;
  private final Path dir;
  private RedisServer server;

  private BenchRedis(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  static BenchRedis start() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    BenchRedis redis = new BenchRedis(port, Files.createTempDirectory("ballkit-bench-redis"));
    redis.up();
    return redis;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server on its port (again). */
  void up() {
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

  /** Stops the server: its keys are gone. */
  void down() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop redis-server", e);
    }
  }

  boolean isUp() {
    return server != null && server.isActive();
  }

  @Override
  public void close() {
    if (server != null && server.isActive()) {
      down();
    }
  }
}
