package io.github.ballkit.core.internal;

import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.Target;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.core.TransportException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sends the simple operations of the generated interfaces (path parameters only, a JSON model or
 * nothing back) without Feign's reflective runtime: the request is made from the operation's
 * compiled facts and goes through the same {@link ResilientClient}, decoder, error decoder,
 * exchange capture and logger as a Feign call, so it is retried, rate-limited, typed and redacted
 * alike. Feign's proxy costs about 300 ms to assemble in a cold JVM and its request templates about
 * 15 % of a small call's allocation; here the URL is a concatenation and the headers a small map.
 */
public final class DirectCalls {
  private static final List<String> ACCEPT_JSON = List.of("application/json");

  private final SpecMetadata spec;
  private final String baseUrl;
  private final ResilientClient client;
  private final BallkitDecoder decoder;
  private final BallkitErrorDecoder errors;
  private final RedactingLogger logger;
  private final ResponseCapture capture;
  private final List<String> userAgent;
  private final List<String> authorization;
  private final Request.Options options;
  private final Function<Class<?>, Object> feign;

  DirectCalls(
      SpecMetadata spec,
      String baseUrl,
      ResilientClient client,
      BallkitDecoder decoder,
      BallkitErrorDecoder errors,
      RedactingLogger logger,
      ResponseCapture capture,
      String userAgent,
      String authorization,
      Request.Options options,
      Function<Class<?>, Object> feign) {
    this.spec = spec;
    this.baseUrl = baseUrl;
    this.client = client;
    this.decoder = decoder;
    this.errors = errors;
    this.logger = logger;
    this.capture = capture;
    this.userAgent = List.of(userAgent);
    this.authorization = List.of(authorization);
    this.options = options;
    this.feign = feign;
  }

  /**
   * One operation, resolved once per generated implementation.
   *
   * <p>Its request template carries no Feign metadata; it names the operation through its target,
   * which is how {@link Operations} and {@link OperationNames} find the facts of its requests.
   */
  public static final class Operation {
    final OperationInfo info;
    final RequestTemplate template;
    final Request.HttpMethod method;
    final String configKey;

    Operation(String interfaceName, OperationInfo info) {
      this.info = info;
      this.method = Request.HttpMethod.valueOf(info.method());
      this.template = new RequestTemplate();
      this.template.method(method);
      this.template.feignTarget(new OperationTarget(info));
      // Feign's shape, "Type#method(...)", which its logger's line prefix is cut from
      this.configKey = interfaceName + "#" + info.operationId() + "()";
    }
  }

  /** Names the operation of a direct request; never used to make requests itself. */
  record OperationTarget(OperationInfo info) implements Target<Object> {
    @Override
    public Class<Object> type() {
      return Object.class;
    }

    @Override
    public String name() {
      return info.operationId();
    }

    @Override
    public String url() {
      return "";
    }

    @Override
    public Request apply(RequestTemplate input) {
      throw new UnsupportedOperationException("a direct call's target only names its operation");
    }
  }

  /**
   * Resolves an operation of the spec.
   *
   * @param interfaceName the generated interface's simple name, for log lines
   * @param operationId the generated method's name
   * @param method the HTTP method
   * @return the operation
   */
  public Operation operation(String interfaceName, String operationId, String method) {
    return new Operation(interfaceName, spec.operation(operationId, method));
  }

  /**
   * Returns the Feign proxy of a generated interface, for its operations this class does not send.
   *
   * @param type the generated interface
   * @param <T> its type
   * @return the proxy, assembled on first use
   */
  public <T> T feign(Class<T> type) {
    return type.cast(feign.apply(type));
  }

  /**
   * Sends one operation and returns its decoded body.
   *
   * @param operation the operation
   * @param type the model of a success, {@code Void.class} for none
   * @param pathParameters its path parameters: name, value, name, value...
   * @param <T> the model
   * @return the body, or {@code null} for none
   */
  public <T> T call(Operation operation, Class<T> type, Object... pathParameters) {
    OperationInfo info = operation.info;
    String path = path(info, pathParameters);
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Accept", ACCEPT_JSON);
    headers.put("User-Agent", userAgent);
    if (info.requiresAuth()) {
      headers.put("Authorization", authorization);
    }
    Request request =
        Request.create(
            operation.method, baseUrl + path, headers, Request.Body.empty(), operation.template);
    boolean debug = logger.isDebugEnabled();
    long start = debug ? System.nanoTime() : 0;
    if (debug) {
      logger.request(operation.configKey, request);
    }
    Response response = client.execute(request, options);
    if (debug) {
      response =
          logger.response(operation.configKey, response, (System.nanoTime() - start) / 1_000_000);
    }
    ResponseCapture.record(response);
    try {
      int status = response.status();
      if (status >= 200 && status < 300) {
        return type.cast(decoder.decode(response, type));
      }
      Exception error = errors.decode(operation.configKey, response);
      if (error instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new TransportException(info.operationId(), info.operationId() + " failed", error);
    } catch (IOException e) {
      throw TransportException.of(info.operationId(), e);
    } catch (BallkitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw capture.undecodable(info.operationId(), response, e);
    } finally {
      response.close();
    }
  }

  /** The path of a request: each parameter encoded as Feign's contract here encodes it. */
  private static String path(OperationInfo info, Object[] parameters) {
    String template = info.path();
    Set<String> multiSegment = info.multiSegmentParameters();
    StringBuilder path = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int i = 0; i < parameters.length; i += 2) {
      String name = (String) parameters[i];
      Object value = parameters[i + 1];
      if (value == null || String.valueOf(value).isEmpty()) {
        throw PathGuard.emptyParameter(info.operationId(), name);
      }
      String variable = "{" + name + "}";
      int at = template.indexOf(variable, from);
      path.append(template, from, at);
      if (multiSegment.contains(name)) {
        path.append(PathSegments.encode(value).replace("%2F", "/"));
      } else if (!multiSegment.isEmpty()) {
        path.append(SpecContract.noSlash(value));
      } else {
        path.append(PathSegments.encode(value));
      }
      from = at + variable.length();
    }
    path.append(template, from, template.length());
    String expanded = path.toString();
    PathGuard.checkSegments(expanded);
    return expanded;
  }
}
