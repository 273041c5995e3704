package io.github.ballkit.testkit.internal.conformance;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.testkit.OperationResult;
import io.github.ballkit.testkit.OperationResult.Outcome;
import io.github.ballkit.testkit.internal.ApiSpec;
import io.github.ballkit.testkit.internal.ProxyServer;
import io.github.ballkit.testkit.internal.SpecOperation;
import io.github.ballkit.testkit.internal.TrafficValidator;
import io.github.ballkit.testkit.internal.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a tour against a server behind a validating proxy: for every operation of the spec, the
 * error cases the spec documents (no token and a bad token for 401, unknown ids for 404, the step's
 * invalid call for 400), then its happy case and the step's extra cases. Each case's exchanges are
 * validated by the proxy; a case conforms when they fit the spec and, for an error case, the last
 * answer has the documented status.
 *
 * @param <C> the client type
 */
public final class TourRunner<C> {
  /** The rule of an error case answered with another status than the one the spec documents. */
  static final String EXPECTED_STATUS = "ballkit.conformance.expected-status";

  /** The clients of a run: the real token, a wrong one, and one the proxy strips. */
  public record Clients<C>(C normal, C badToken, C noToken) {}

  private final ApiSpec spec;
  private final ProxyServer proxy;
  private final Clients<C> clients;
  private final boolean allowWrites;
  private final Values<C> values = new Values<>();

  /**
   * Creates the runner.
   *
   * @param spec the spec
   * @param proxy the validating proxy in front of the server
   * @param clients the clients, all pointed at the proxy
   * @param allowWrites whether steps that change data run
   */
  public TourRunner(ApiSpec spec, ProxyServer proxy, Clients<C> clients, boolean allowWrites) {
    this.spec = spec;
    this.proxy = proxy;
    this.clients = clients;
    this.allowWrites = allowWrites;
  }

  /**
   * Seeds an id kind with a spec example, used until the server hands out a real one.
   *
   * @param kind the kind
   * @param operationId an operation with the parameter
   * @param parameter the path parameter whose example to use
   * @return this runner
   */
  public TourRunner<C> example(String kind, String operationId, String parameter) {
    spec.operation(operationId).parameters().stream()
        .filter(p -> p.getName().equals(parameter))
        .findFirst()
        .map(p -> p.getExample() != null ? p.getExample() : p.getSchema().getExample())
        .ifPresent(example -> values.example(kind, example.toString()));
    return this;
  }

  /**
   * Runs the steps, then removes what the writes created.
   *
   * @param steps the tour, in the order to run
   * @return one result per spec operation, in spec order
   */
  public List<OperationResult> run(List<Step<C>> steps) {
    Map<String, OperationResult> byOperation = new LinkedHashMap<>();
    try {
      for (Step<C> step : steps) {
        byOperation.put(step.operationId(), runStep(step));
      }
    } finally {
      cleanUp();
    }
    List<OperationResult> results = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      results.add(
          byOperation.getOrDefault(
              op.id(),
              new OperationResult(
                  op.id(),
                  Outcome.UNREACHABLE,
                  List.of(),
                  List.of("the runner has no step for this operation"))));
    }
    return results;
  }

  private OperationResult runStep(Step<C> step) {
    SpecOperation op = spec.operation(step.operationId());
    if (step.write() && !allowWrites) {
      return new OperationResult(
          op.id(), Outcome.SKIPPED, List.of(), List.of("changes data: allow writes to run it"));
    }
    List<CaseResult> cases = new ArrayList<>();
    if (needsAuth(op) && op.documentedStatuses().contains(401)) {
      cases.add(runCase(op, "no token", 401, clients.noToken(), values, step.call()));
      cases.add(runCase(op, "bad token", 401, clients.badToken(), values, step.call()));
    }
    if (hasPathParameters(op) && op.documentedStatuses().contains(404)) {
      cases.add(runCase(op, "unknown id", 404, clients.normal(), values.unknown(), step.call()));
    }
    if (step.invalidCall() != null && op.documentedStatuses().contains(400)) {
      cases.add(
          runCase(op, "invalid parameter", 400, clients.normal(), values, step.invalidCall()));
    }
    cases.add(runCase(op, "happy", null, clients.normal(), values, step.call()));
    for (Step.Extra<C> extra : step.extras()) {
      cases.add(
          runCase(
              op, extra.label(), extra.expectedStatus(), clients.normal(), values, extra.call()));
    }
    Outcome outcome =
        cases.stream().map(CaseResult::outcome).min(Comparator.naturalOrder()).orElseThrow();
    return new OperationResult(
        op.id(),
        outcome,
        cases.stream().map(CaseResult::status).toList(),
        cases.stream().flatMap(c -> c.findings().stream()).toList());
  }

  /** One case's verdict, its status text and findings. */
  private record CaseResult(Outcome outcome, String status, List<String> findings) {}

  private CaseResult runCase(
      SpecOperation op,
      String label,
      Integer expected,
      C client,
      Values<C> caseValues,
      Step.Call<C> call) {
    proxy.validating().takeViolations();
    Throwable thrown = null;
    try {
      call.run(client, caseValues);
    } catch (Exception | Error e) {
      thrown = e;
    }
    List<ServeEvent> events = new ArrayList<>(proxy.validating().wireMock().getAllServeEvents());
    events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    List<Violation> violations = proxy.validating().violations();
    boolean deliberate = expected != null;
    String suffix = label.equals("happy") ? "" : " " + label;
    List<String> failures = new ArrayList<>();
    for (Violation v : violations) {
      if (v.rule().equals(TrafficValidator.UPSTREAM_FAILED)) {
        return new CaseResult(
            Outcome.UNREACHABLE, "no answer" + suffix, List.of(label + ": " + v.message()));
      }
      if (deliberate && isAboutTheRequest(v.rule())) {
        continue;
      }
      failures.add(label + ": [" + v.rule() + "] " + firstLine(v.message()) + at(v));
    }
    ServeEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (last == null) {
      String why = thrown == null ? "the call sent no request" : oneLine(thrown);
      return new CaseResult(Outcome.UNREACHABLE, "no answer" + suffix, List.of(label + ": " + why));
    }
    int status = last.getResponse().getStatus();
    if (thrown instanceof TransportException transport && failures.isEmpty()) {
      return new CaseResult(
          Outcome.UNREACHABLE, status + suffix, List.of(label + ": " + oneLine(transport)));
    }
    if (expected != null && status != expected) {
      failures.add(
          label
              + ": ["
              + EXPECTED_STATUS
              + "] the spec documents "
              + expected
              + " for this case, the server answered "
              + status);
    }
    if (failures.isEmpty() && thrown instanceof MalformedResponseException malformed) {
      failures.add(label + ": [ballkit.client.malformed-response] " + oneLine(malformed));
    }
    return new CaseResult(
        failures.isEmpty() ? Outcome.CONFORMS : Outcome.VIOLATES, status + suffix, failures);
  }

  private static boolean isAboutTheRequest(String rule) {
    return rule.startsWith("validation.request") || rule.equals("ballkit.request.unmatched");
  }

  private static String at(Violation v) {
    return v.offending().isEmpty() ? "" : " at " + v.offending();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static String oneLine(Throwable t) {
    String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    text = text.replaceAll("\\s+", " ");
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private boolean needsAuth(SpecOperation op) {
    if (op.model().getSecurity() != null) {
      return !op.model().getSecurity().isEmpty();
    }
    return spec.model().getSecurity() != null && !spec.model().getSecurity().isEmpty();
  }

  private static boolean hasPathParameters(SpecOperation op) {
    return !op.template().parameterNames().isEmpty();
  }

  private void cleanUp() {
    for (Consumer<C> remove : values.pendingCleanups()) {
      try {
        remove.accept(clients.normal());
      } catch (RuntimeException alreadyGone) {
        // best effort: what could not be removed is named in the step's findings
      }
    }
  }
}
