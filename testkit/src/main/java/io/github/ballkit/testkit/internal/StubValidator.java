package io.github.ballkit.testkit.internal;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ballkit.testkit.InvalidStubException;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks each stub against the spec when it is registered (or edited), so a wrong stub fails even
 * if no test ever hits it: the URL must resolve to exactly one operation and method, the status
 * must be documented, the body must fit the response schema (strictly: no undeclared properties)
 * and the {@code Content-Type} must be one the spec declares. Throws {@link InvalidStubException}.
 *
 * <p>Bodies rendered by response templating ({@code {{...}}}) and bodies read from files are not
 * schema-checked here; the traffic validator still checks what they produce.
 */
public final class StubValidator
    implements com.github.tomakehurst.wiremock.extension.StubLifecycleListener {
  private final SpecValidator validator;
  private final ApiSpec spec;

  /**
   * Creates the listener.
   *
   * @param validator the spec to check against
   */
  public StubValidator(SpecValidator validator) {
    this.validator = validator;
    this.spec = validator.spec();
  }

  @Override
  public String getName() {
    return "ballkit-stub-validator-" + spec.api().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void beforeStubCreated(StubMapping stub) {
    check(stub);
  }

  @Override
  public void beforeStubEdited(StubMapping oldStub, StubMapping newStub) {
    check(newStub);
  }

  /**
   * Checks one stub.
   *
   * @param stub the stub
   * @throws InvalidStubException when it breaks the spec
   */
  public void check(StubMapping stub) {
    List<String> problems = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    String where = describe(stub.getRequest());
    SpecOperation op = resolve(stub.getRequest(), problems);
    if (op != null) {
      where = where + " (" + op.id() + ")";
      checkResponse(stub, op, problems, violations);
    }
    if (problems.isEmpty() && violations.isEmpty()) {
      return;
    }
    StringBuilder msg =
        new StringBuilder("stub ")
            .append(where)
            .append(" -> ")
            .append(stub.getResponse().getStatus())
            .append(" breaks the ")
            .append(spec.api().name().toLowerCase(Locale.ROOT))
            .append(" spec:");
    for (String p : problems) {
      msg.append("\n  - ").append(p);
    }
    for (Violation v : violations) {
      msg.append("\n  - [").append(v.rule()).append("] ").append(v.message().replace("\n", " "));
      if (!v.offending().isEmpty()) {
        msg.append("\n    at ").append(v.offending());
      }
    }
    throw new InvalidStubException(msg.toString());
  }

  private SpecOperation resolve(RequestPattern request, List<String> problems) {
    List<SpecOperation> candidates = candidatesFor(request, problems);
    if (candidates == null) {
      return null;
    }
    Set<String> templates =
        candidates.stream()
            .map(o -> o.template().toString())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (templates.isEmpty()) {
      problems.add("its URL matches no path of the spec");
      return null;
    }
    if (templates.size() > 1) {
      candidates = mostGeneral(candidates);
      if (candidates.isEmpty()) {
        problems.add("its URL matches several spec paths " + templates + "; make it more specific");
        return null;
      }
    }
    RequestMethod method = request.getMethod();
    List<SpecOperation> ops =
        method == null || method.equals(RequestMethod.ANY)
            ? candidates
            : candidates.stream().filter(o -> o.method().equals(method.getName())).toList();
    if (ops.size() == 1) {
      return ops.get(0);
    }
    String methods = candidates.stream().map(SpecOperation::method).toList().toString();
    problems.add(
        ops.isEmpty()
            ? "method " + method.getName() + " is not an operation of " + templates + " " + methods
            : "it matches any method; name one of " + methods);
    return null;
  }

  /**
   * A regex such as {@code /workspaces/[a-z0-9-]+} also matches the literal {@code
   * /workspaces/active}; it stands for the templated path when that template covers every other
   * candidate.
   */
  private List<SpecOperation> mostGeneral(List<SpecOperation> candidates) {
    for (SpecOperation general : candidates) {
      boolean coversAll =
          candidates.stream()
              .allMatch(o -> general.template().match(spec.samplePath(o)).isPresent());
      if (coversAll) {
        String template = general.template().toString();
        return candidates.stream().filter(o -> o.template().toString().equals(template)).toList();
      }
    }
    return List.of();
  }

  /** The operations at the stub's path, or null (with a problem added) when it names none. */
  private List<SpecOperation> candidatesFor(RequestPattern request, List<String> problems) {
    if (request.getUrl() != null || request.getUrlPath() != null) {
      String url = request.getUrl() != null ? request.getUrl() : request.getUrlPath();
      return spec.operationsAt(URI.create(url).getRawPath());
    }
    if (request.getUrlPathTemplate() != null) {
      String template = request.getUrlPathTemplate();
      List<SpecOperation> same =
          spec.operations().stream().filter(o -> o.template().sameShapeAs(template)).toList();
      return same.isEmpty() ? spec.operationsAt(template.replaceAll("\\{[^}]+}", "x")) : same;
    }
    String regex =
        request.getUrlPathPattern() != null ? request.getUrlPathPattern() : request.getUrlPattern();
    if (regex == null) {
      problems.add("it matches any URL; stub one operation's path");
      return null;
    }
    Pattern pattern = Pattern.compile(regex);
    return spec.operations().stream()
        .filter(o -> pattern.matcher(spec.samplePath(o)).matches())
        .toList();
  }

  private void checkResponse(
      StubMapping stub, SpecOperation op, List<String> problems, List<Violation> violations) {
    ResponseDefinition response = stub.getResponse();
    if (response.getFault() != null || response.isProxyResponse()) {
      return;
    }
    int status = response.getStatus();
    ApiResponse documented = op.responses().get(Integer.toString(status));
    if (documented == null && status >= 500) {
      documented = op.responses().get("default");
    }
    if (documented == null) {
      problems.add(
          "status "
              + status
              + " is not documented for "
              + op.id()
              + " (documented: "
              + op.responses().keySet()
              + ")");
      return;
    }
    String contentType = header(response, "Content-Type");
    boolean hasContent = documented.getContent() != null && !documented.getContent().isEmpty();
    boolean hasBody = response.specifiesBodyContent() || response.specifiesBodyFile();
    if (hasBody && contentType == null) {
      problems.add(
          "it has a body but no Content-Type header"
              + (hasContent ? "; the spec declares " + documented.getContent().keySet() : ""));
    }
    if (isTemplated(response) || response.specifiesBodyFile()) {
      return;
    }
    SimpleResponse.Builder simple = new SimpleResponse.Builder(status);
    if (response.getHeaders() != null) {
      for (HttpHeader h : response.getHeaders().all()) {
        simple.withHeader(h.key(), h.values());
      }
    }
    if (response.specifiesBodyContent()) {
      simple.withBody(response.getByteBody());
    }
    String path = concretePath(stub.getRequest(), op);
    violations.addAll(
        validator.validateResponse(
            path,
            Request.Method.valueOf(op.method()),
            simple.build(),
            "stub " + op.method() + " " + path));
  }

  private String concretePath(RequestPattern request, SpecOperation op) {
    String url = request.getUrl() != null ? request.getUrl() : request.getUrlPath();
    return url != null ? URI.create(url).getRawPath() : spec.samplePath(op);
  }

  private static boolean isTemplated(ResponseDefinition response) {
    boolean transformer =
        response.getTransformers() != null
            && response.getTransformers().contains("response-template");
    return transformer
        && response.specifiesTextBodyContent()
        && response.getTextBody() != null
        && response.getTextBody().contains("{{");
  }

  private static String header(ResponseDefinition response, String name) {
    if (response.getHeaders() == null) {
      return null;
    }
    HttpHeader h = response.getHeaders().getHeader(name);
    return h.isPresent() ? h.firstValue() : null;
  }

  private static String describe(RequestPattern request) {
    String method = request.getMethod() == null ? "ANY" : request.getMethod().getName();
    String url =
        firstNonNull(
            request.getUrl(),
            request.getUrlPath(),
            request.getUrlPathTemplate(),
            request.getUrlPathPattern(),
            request.getUrlPattern(),
            "(any URL)");
    return method + " " + url;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
