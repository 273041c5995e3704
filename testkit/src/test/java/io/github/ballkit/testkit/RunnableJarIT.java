package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What someone with only the jar does: {@code java -jar ballkit-testkit-<version>-all.jar emulator
 * ...} in one terminal and {@code ... conformance ...} against it in another.
 */
class RunnableJarIT {
  private static final Path JAR = Path.of(System.getProperty("ballkit.runnableJar", "missing"));

  @Test
  void theJarRunsAnEmulatorAndTheRunnerFindsItConforms() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "the runnable jar is built by mvn package: " + JAR);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process emulator =
        java("emulator", "--api", "ballchasing", "--port", Integer.toString(port), "--seed", "3")
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
      String banner = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
      assertThat(banner).contains("listening at http://127.0.0.1:" + port + "/api");

      Process runner =
          java(
                  "conformance",
                  "--api",
                  "ballchasing",
                  "--base-url",
                  "http://127.0.0.1:" + port + "/api",
                  "--allow-writes")
              .redirectErrorStream(true)
              .start();
      String report =
          CompletableFuture.supplyAsync(() -> readAll(runner)).get(180, TimeUnit.SECONDS);

      assertThat(runner.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(runner.exitValue()).as(report).isZero();
      assertThat(report).contains("13 operations: 0 violates, 0 unreachable, 13 conforms");
    } finally {
      emulator.destroy();
      emulator.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static ProcessBuilder java(String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[args.length + 3];
    command[0] = java;
    command[1] = "-jar";
    command[2] = JAR.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String readAll(Process process) {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
