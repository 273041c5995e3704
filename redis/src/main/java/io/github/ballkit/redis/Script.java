package io.github.ballkit.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One Lua script of the store, sent by its SHA-1 digest and, when Redis does not know it yet (a new
 * or restarted server), once in full, which also caches it there.
 */
final class Script {
  private final String source;
  private final String digest;
  private final ScriptOutputType output;

  private Script(String source, String digest, ScriptOutputType output) {
    this.source = source;
    this.digest = digest;
    this.output = output;
  }

  /**
   * Loads a script shipped beside this class.
   *
   * @param name the resource's name, e.g. {@code acquire.lua}
   * @param output the type of its answer
   * @param connection any connection, for Lettuce's digest function
   * @return the script
   */
  static Script load(
      String name, ScriptOutputType output, StatefulRedisConnection<String, String> connection) {
    try (InputStream in = Script.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in ballkit-redis");
      }
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Script(source, connection.sync().digest(source), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from ballkit-redis", e);
    }
  }

  /** Runs the script and waits for its answer (bounded by the connection's command timeout). */
  <T> T call(StatefulRedisConnection<String, String> connection, String[] keys, String... args) {
    try {
      return connection.sync().evalsha(digest, output, keys, args);
    } catch (RedisNoScriptException unknown) {
      return connection.sync().eval(source, output, keys, args);
    }
  }

  /** Sends the script without waiting for its answer. */
  CompletionStage<Object> send(
      StatefulRedisConnection<String, String> connection, String[] keys, String... args) {
    RedisFuture<Object> sent = connection.async().evalsha(digest, output, keys, args);
    return sent.handle((answer, failure) -> retryUnknown(connection, keys, args, answer, failure))
        .thenCompose(stage -> stage);
  }

  private CompletionStage<Object> retryUnknown(
      StatefulRedisConnection<String, String> connection,
      String[] keys,
      String[] args,
      Object answer,
      Throwable failure) {
    if (failure == null) {
      return CompletableFuture.completedStage(answer);
    }
    if (failure instanceof RedisNoScriptException
        || failure.getCause() instanceof RedisNoScriptException) {
      return connection.async().eval(source, output, keys, args);
    }
    return CompletableFuture.failedStage(failure);
  }
}
