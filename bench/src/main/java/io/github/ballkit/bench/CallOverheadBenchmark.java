package io.github.ballkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.core.internal.JdkHttpTransport;
import io.github.ballkit.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead of the ballkit clients against a raw {@code java.net.http} request to the same
 * loopback server, for the same response body.
 *
 * <ul>
 *   <li>{@code ballchasingGetReplay}: {@code client.replays().getReplay(id)}, a ~3.2 KB replay
 *       decoded into the generated {@code Replay} record, through {@code BallchasingClient} built
 *       with {@code noRateLimits()} (the limiter would otherwise be the whole cost);
 *   <li>{@code rawGetReplayReadTree}: the same GET with a bare {@code HttpClient} and {@code
 *       ObjectMapper.readTree} of the body (the floor: no typed decoding);
 *   <li>{@code rawGetReplayBind}: the same GET with a bare {@code HttpClient}, decoded into the
 *       same {@code Replay} record by ballkit's own mapper, so the gap to {@code
 *       ballchasingGetReplay} is the runtime's plumbing alone (Feign, interceptors, retry/limit
 *       layer, error checks);
 *   <li>two steps in between, to see where the gap comes from: {@code rawAsyncGetReplayBind} sends
 *       with {@code sendAsync(...).get(timeout)} (what ballkit's transport does, to bound a whole
 *       exchange) instead of {@code send}; {@code transportGetReplayBind} calls ballkit's own
 *       transport ({@code JdkHttpTransport}, a Feign {@code Client}) directly, without Feign, the
 *       retry/limit layer or the interceptors, and binds the body the same way;
 *   <li>the same first three for Ballistica's {@code getWorkspace} (a small body, Bearer auth);
 *   <li>a large body: {@code ballchasingListReplaysLarge} ({@code replays().listReplays(query)}, a
 *       0.5 MB page of 150 replays decoded into {@code ReplayPage}) against {@code
 *       rawListReplaysLargeBind}, the same GET with a bare {@code HttpClient} bound by the same
 *       mapper.
 * </ul>
 *
 * <p>The raw requests carry the same headers a caller needs (token, {@code Accept}) and the same 30
 * s request timeout ballkit sets, on an {@code HttpClient} configured like ballkit's default (no
 * redirects, 10 s connect timeout). The server runs in the benchmark's JVM; its cost is in every
 * variant alike.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallOverheadBenchmark {
  private static final String TOKEN = "bench-token-7c1d";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private LocalServer server;
  private BallchasingClient ballchasing;
  private BallisticaClient ballistica;
  private HttpClient raw;
  private ObjectMapper plainMapper;
  private ObjectMapper ballkitMapper;
  private String replayUrl;
  private String workspaceUrl;
  private String pageUrl;
  private ReplayQuery pageQuery;
  private JdkHttpTransport transport;
  private feign.Request transportRequest;
  private feign.Request.Options transportOptions;

  /** Starts the server and builds the clients, then checks each variant once. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = LocalServer.start(CallOverheadBenchmark::handle);
    ballchasing =
        BallchasingClient.builder().token(TOKEN).baseUrl(server.baseUrl()).noRateLimits().build();
    ballistica = BallisticaClient.builder().token(TOKEN).baseUrl(server.baseUrl()).build();
    raw =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    plainMapper = new ObjectMapper();
    ballkitMapper = Json.mapper();
    replayUrl = server.baseUrl() + "/replays/" + Fixtures.REPLAY_ID;
    workspaceUrl = server.baseUrl() + "/api/v1/workspaces/" + Fixtures.WORKSPACE_ID;
    pageUrl = server.baseUrl() + "/replays?count=150";
    pageQuery = ReplayQuery.builder().count(150).build();
    transport = new JdkHttpTransport(raw);
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of(TOKEN));
    headers.put("Accept", List.of("application/json"));
    transportRequest =
        feign.Request.create(
            feign.Request.HttpMethod.GET, replayUrl, headers, (byte[]) null, null, null);
    transportOptions =
        new feign.Request.Options(
            10, TimeUnit.SECONDS, TIMEOUT.toSeconds(), TimeUnit.SECONDS, false);

    check(Fixtures.REPLAY_ID, ballchasingGetReplay().id());
    check(Fixtures.REPLAY_ID, rawGetReplayReadTree().get("id").asText());
    check(Fixtures.REPLAY_ID, rawGetReplayBind().id());
    check(Fixtures.REPLAY_ID, rawAsyncGetReplayBind().id());
    check(Fixtures.REPLAY_ID, transportGetReplayBind().id());
    check(Fixtures.WORKSPACE_ID, ballisticaGetWorkspace().id());
    check(Fixtures.WORKSPACE_ID, rawGetWorkspaceReadTree().get("id").asText());
    check(Fixtures.WORKSPACE_ID, rawGetWorkspaceBind().id());
    check(Fixtures.PAGE_SIZE, ballchasingListReplaysLarge().list().size());
    check(Fixtures.PAGE_SIZE, rawListReplaysLargeBind().list().size());
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** ballkit: GET /replays/{id} into {@code Replay}. */
  @Benchmark
  public Replay ballchasingGetReplay() {
    return ballchasing.replays().getReplay(Fixtures.REPLAY_ID);
  }

  /** Raw JDK client: GET /replays/{id}, then {@code readTree}. */
  @Benchmark
  public JsonNode rawGetReplayReadTree() throws IOException, InterruptedException {
    return plainMapper.readTree(rawGet(replayUrl, "Authorization", TOKEN));
  }

  /** Raw JDK client: GET /replays/{id}, then bind into {@code Replay} with ballkit's mapper. */
  @Benchmark
  public Replay rawGetReplayBind() throws IOException, InterruptedException {
    return ballkitMapper.readValue(rawGet(replayUrl, "Authorization", TOKEN), Replay.class);
  }

  /** Raw JDK client through {@code sendAsync(...).get(timeout)}, then bind into {@code Replay}. */
  @Benchmark
  public Replay rawAsyncGetReplayBind() throws Exception {
    HttpResponse<byte[]> response =
        raw.sendAsync(request(replayUrl, "Authorization", TOKEN), BodyHandlers.ofByteArray())
            .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    return ballkitMapper.readValue(ok(response, replayUrl), Replay.class);
  }

  /** ballkit's transport alone (no Feign, limiter, retries or interceptors), then bind. */
  @Benchmark
  public Replay transportGetReplayBind() throws IOException {
    try (feign.Response response = transport.execute(transportRequest, transportOptions)) {
      if (response.status() != 200) {
        throw new IOException("HTTP " + response.status() + " from " + replayUrl);
      }
      try (InputStream body = response.body().asInputStream()) {
        return ballkitMapper.readValue(body, Replay.class);
      }
    }
  }

  /** ballkit: GET /api/v1/workspaces/{id} into {@code WorkspaceResponse}. */
  @Benchmark
  public WorkspaceResponse ballisticaGetWorkspace() {
    return ballistica.workspaces().getWorkspace(Fixtures.WORKSPACE_ID);
  }

  /** Raw JDK client: GET /api/v1/workspaces/{id}, then {@code readTree}. */
  @Benchmark
  public JsonNode rawGetWorkspaceReadTree() throws IOException, InterruptedException {
    return plainMapper.readTree(rawGet(workspaceUrl, "Authorization", "Bearer " + TOKEN));
  }

  /** Raw JDK client: GET /api/v1/workspaces/{id}, then bind with ballkit's mapper. */
  @Benchmark
  public WorkspaceResponse rawGetWorkspaceBind() throws IOException, InterruptedException {
    return ballkitMapper.readValue(
        rawGet(workspaceUrl, "Authorization", "Bearer " + TOKEN), WorkspaceResponse.class);
  }

  /** ballkit: GET /replays?count=150, a 0.5 MB page, into {@code ReplayPage}. */
  @Benchmark
  public ReplayPage ballchasingListReplaysLarge() {
    return ballchasing.replays().listReplays(pageQuery);
  }

  /** Raw JDK client: the same 0.5 MB page, bound into {@code ReplayPage} with ballkit's mapper. */
  @Benchmark
  public ReplayPage rawListReplaysLargeBind() throws IOException, InterruptedException {
    return ballkitMapper.readValue(rawGet(pageUrl, "Authorization", TOKEN), ReplayPage.class);
  }

  private byte[] rawGet(String url, String header, String value)
      throws IOException, InterruptedException {
    return ok(raw.send(request(url, header, value), BodyHandlers.ofByteArray()), url);
  }

  private static HttpRequest request(String url, String header, String value) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(TIMEOUT)
        .header(header, value)
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private static byte[] ok(HttpResponse<byte[]> response, String url) throws IOException {
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + url);
    }
    return response.body();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/replays/" + Fixtures.REPLAY_ID)) {
      LocalServer.respond(exchange, 200, "application/json", Fixtures.REPLAY_JSON);
    } else if (path.equals("/replays")) {
      LocalServer.respond(exchange, 200, "application/json", Fixtures.REPLAY_PAGE_JSON);
    } else if (path.equals("/api/v1/workspaces/" + Fixtures.WORKSPACE_ID)) {
      LocalServer.respond(exchange, 200, "application/json", Fixtures.WORKSPACE_JSON);
    } else {
      LocalServer.respond(exchange, 404, "application/json", Fixtures.NOT_FOUND_JSON);
    }
  }

  private static void check(Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("expected " + expected + " but got " + actual);
    }
  }
}
