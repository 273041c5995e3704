package io.github.ballkit.modules;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that is a module of its own, {@code requires io.github.ballkit.client} and nothing
 * else, compiles and runs on the module path (no {@code --add-modules}, a separate JVM) and makes a
 * call; one that imports the runtime's internals does not compile.
 */
class ModulePathRunTest extends WireMockSupport {
  private static final long HANG_GUARD_SECONDS = 120;

  @TempDir Path dir;
  private String modulePath;

  @BeforeEach
  void theClientAndItsRuntimeDependencies() throws IOException, URISyntaxException {
    Path list =
        Path.of(System.getProperty("ballkit.runtimeClasspath", "target/runtime-classpath.txt"));
    Path client =
        Path.of(
            BallchasingClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    modulePath = client + File.pathSeparator + Files.readString(list).strip();
  }

  private Path program(String name, String main) throws IOException {
    Path sources = dir.resolve(name + "-src");
    Files.createDirectories(sources.resolve("demo"));
    Files.writeString(
        sources.resolve("module-info.java"),
        "module demo { requires io.github.ballkit.client; }\n",
        StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("demo/Main.java"), main, StandardCharsets.UTF_8);
    return sources;
  }

  private List<String> compile(Path sources, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjects(
              sources.resolve("module-info.java"), sources.resolve("demo/Main.java"));
      // an empty class path: javac would otherwise use this JVM's, which holds the client too
      Path noClassPath = Files.createDirectories(dir.resolve("empty-class-path"));
      List<String> options =
          List.of(
              "--release",
              "17",
              "--module-path",
              modulePath,
              "--class-path",
              noClassPath.toString(),
              "-d",
              out.toString());
      boolean compiled =
          javac.getTask(new StringWriter(), files, diagnostics, options, null, units).call();
      List<String> errors = new ArrayList<>();
      diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .forEach(d -> errors.add(d.getMessage(null)));
      assertThat(compiled).isEqualTo(errors.isEmpty());
      return errors;
    }
  }

  @Test
  void aModuleRequiringTheClientCallsTheServer() throws IOException, InterruptedException {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true,\"name\":\"someone\"}")));
    Path sources =
        program(
            "call",
            """
            package demo;

            import io.github.ballkit.ballchasing.BallchasingClient;
            import io.github.ballkit.ballchasing.model.Ping;

            public class Main {
              public static void main(String[] args) {
                try (BallchasingClient client =
                    BallchasingClient.builder().token("t0ken").baseUrl(args[0]).build()) {
                  Ping ping = client.misc().ping();
                  System.out.println("named " + Main.class.getModule().isNamed());
                  System.out.println("internal exported "
                      + BallchasingClient.class.getModule()
                          .isExported("io.github.ballkit.core.internal"));
                  System.out.println("ping " + ping.name() + " " + ping.chaser());
                  System.out.println("spec found "
                      + (ClassLoader.getSystemResource("io/github/ballkit/spec/ballchasing.yaml")
                          != null));
                }
              }
            }
            """);
    Path classes = dir.resolve("call-classes");
    assertThat(compile(sources, classes)).isEmpty();

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "--module",
                "demo/demo.Main",
                baseUrl())
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean exited = run.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    if (!exited) {
      run.destroyForcibly();
    }

    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("named true", "internal exported false", "ping someone true", "spec found true")
        .doesNotContain("Exception");
    server.verify(getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void aModuleRequiringTheClientCannotUseItsInternals() throws IOException {
    Path sources =
        program(
            "internal",
            """
            package demo;

            import io.github.ballkit.core.internal.ClientCore;

            public class Main {
              public static void main(String[] args) {
                System.out.println(ClientCore.version());
              }
            }
            """);

    assertThat(compile(sources, dir.resolve("internal-classes")))
        .anyMatch(
            error ->
                error.contains("io.github.ballkit.core.internal")
                    && error.contains("does not export"));
  }
}
