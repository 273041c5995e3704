package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.SpecOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coverage gate: every operation of both specs, with every documented status (and {@code
 * default} as a 500), is called through the generated client against a validating mock serving the
 * ready-made stub. A cell is covered when the client's request reached the stub, both request and
 * response passed validation, and the caller got what the status promises: a value for a 2xx, the
 * typed exception of the status for an error ({@link ExpectedError}). Writes {@code
 * target/coverage/operation-status.md} and fails when any cell is not covered.
 */
class OperationStatusCoverageTest {
  private static final Path TABLE = Path.of("target", "coverage", "operation-status.md");
  private static final TestClock CLOCK = TestClock.fixed();

  /** Retries off and waits simulated, so 5xx and 429 cells end at once. */
  @RegisterExtension
  static BallkitMock<BallchasingClient> ballchasing =
      BallkitMock.ballchasing(
          builder -> builder.maxRetries(0).clock(CLOCK).sleeper(CLOCK::advance));

  @RegisterExtension
  static BallkitMock<BallisticaClient> ballistica =
      BallkitMock.ballistica(builder -> builder.maxRetries(0).clock(CLOCK).sleeper(CLOCK::advance));

  /** (api, operation, status) to the outcome text. */
  private static final Map<String, String> RESULTS = new ConcurrentHashMap<>();

  static Stream<Arguments> cells() {
    List<Arguments> all = new ArrayList<>();
    for (Api api : Api.values()) {
      for (SpecOperation op : ApiSpec.of(api).operations()) {
        for (String status : statusesOf(op)) {
          all.add(Arguments.of(api, op.id(), status));
        }
      }
    }
    return all.stream();
  }

  static List<String> statusesOf(SpecOperation op) {
    List<String> statuses = new ArrayList<>();
    op.documentedStatuses().forEach(s -> statuses.add(Integer.toString(s)));
    if (op.responses().containsKey("default") && !statuses.contains("500")) {
      statuses.add("default");
    }
    return statuses;
  }

  private static String key(Api api, String operationId, String status) {
    return api.name().toLowerCase() + "|" + operationId + "|" + status;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cells")
  void theGeneratedClientExercisesTheStatusAgainstAValidatingMock(
      Api api, String operationId, String statusKey) throws Exception {
    BallkitMock<?> mock = api == Api.BALLCHASING ? ballchasing : ballistica;
    int status = statusKey.equals("default") ? 500 : Integer.parseInt(statusKey);
    String key = key(api, operationId, statusKey);
    RESULTS.put(key, "not run to the end");

    mock.stubFor(mock.stubs().operation(operationId).status(status));
    Throwable outcome = null;
    try {
      new GeneratedClientDriver(mock.client(), ApiSpec.of(api)).call(operationId, status);
    } catch (Exception | AssertionError e) {
      outcome = e;
    }

    List<ServeEvent> served = mock.wireMock().getAllServeEvents();
    List<String> violations = mock.takeViolations();
    boolean reached =
        served.stream().anyMatch(e -> e.getWasMatched() && e.getResponse().getStatus() == status);
    RESULTS.put(
        key,
        !reached
            ? "no request reached the stub"
            : !violations.isEmpty()
                ? "violations"
                : outcome != null ? "the caller got " + oneLine(outcome) : "covered");
    assertThat(reached).as("the client's request reached the %s stub", statusKey).isTrue();
    assertThat(violations).as("spec violations").isEmpty();
    if (outcome != null) {
      throw new AssertionError("what the caller got for " + statusKey, outcome);
    }
  }

  private static String oneLine(Throwable outcome) {
    String text = outcome.getMessage() == null ? outcome.toString() : outcome.getMessage();
    return text.replaceAll("\\s+", " ").replace("|", "\\|");
  }

  @AfterAll
  static void writeTheTableAndFailOnGaps() throws IOException {
    Map<String, String> cells = new TreeMap<>();
    cells()
        .forEach(
            a ->
                cells.put(
                    key((Api) a.get()[0], (String) a.get()[1], (String) a.get()[2]),
                    RESULTS.getOrDefault(
                        key((Api) a.get()[0], (String) a.get()[1], (String) a.get()[2]),
                        "not run")));
    StringBuilder md =
        new StringBuilder("# Operation x status coverage\n\n")
            .append(
                "Each documented status of each operation, called through the generated client"
                    + " against a validating mock (`default` is exercised as 500).\n\n")
            .append("| API | operation | status | result |\n|---|---|---|---|\n");
    int covered = 0;
    for (Api api : Api.values()) {
      for (SpecOperation op : ApiSpec.of(api).operations()) {
        for (String status : statusesOf(op)) {
          String result = cells.get(key(api, op.id(), status));
          covered += result.equals("covered") ? 1 : 0;
          md.append("| ")
              .append(api.name().toLowerCase())
              .append(" | ")
              .append(op.id())
              .append(" | ")
              .append(status)
              .append(" | ")
              .append(result.equals("covered") ? "covered" : "**NOT COVERED**: " + result)
              .append(" |\n");
        }
      }
    }
    md.append("\n").append(covered).append(" of ").append(cells.size()).append(" covered.\n");
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, md);
    assertThat(covered)
        .as("operation x status cells covered (see %s)", TABLE.toAbsolutePath())
        .isEqualTo(cells.size());
  }
}
