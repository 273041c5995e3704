package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With a {@link RateLimitStore} on the builder, the store decides every attempt: the client waits
 * as long as the store says, releases each admitted slot when the response arrives, hands 429
 * pauses to it, and never sends a call the store could not decide (unless the store falls back,
 * when the in-process limits apply). The store here is a scripted one: the Redis store's own tests
 * run against a real Redis.
 */
class ARateLimitStoreDecidesEveryAttemptTest extends WireMockSupport {

  @Test
  void theClientWaitsAsLongAsTheStoreSaysThenSends() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1")).willReturn(okJson("{\"id\":\"r1\",\"status\":\"ok\"}")));
    ScriptedStore store =
        new ScriptedStore(
            RateLimitStore.Admission.mustWait(Duration.ofMillis(700)),
            RateLimitStore.Admission.allSlotsHeld(Duration.ofMillis(10)),
            RateLimitStore.Admission.admitted("slot-1"));

    client(store).replays().getReplay("r1");

    assertThat(time.slept()).isEqualTo(Duration.ofMillis(710));
    assertThat(store.released).containsExactly("slot-1");
    assertThat(store.asked.get(0).rateLimitClass()).isEqualTo("item");
    assertThat(store.asked.get(0).scope()).doesNotContain(TOKEN).hasSize(64);
  }

  @Test
  void aWaitPastTheDeadlineSendsNothing() {
    ScriptedStore store =
        new ScriptedStore(RateLimitStore.Admission.mustWait(Duration.ofMinutes(5)));

    RateLimitWaitException error =
        catchThrowableOfType(
            RateLimitWaitException.class, () -> client(store).replays().getReplay("r1"));

    assertThat(error.waitNeeded()).isEqualTo(Duration.ofMinutes(5));
    server.verify(0, getRequestedFor(urlPathEqualTo("/replays/r1")));
  }

  @Test
  void a429IsHandedToTheStoreAsAPause() {
    server.stubFor(
        get(urlPathEqualTo("/replays/r1"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
    ScriptedStore store = new ScriptedStore(RateLimitStore.Admission.admitted("slot-1"));

    catchThrowableOfType(
        RateLimitedException.class,
        () ->
            client(store)
                .newBuilder()
                .callTimeout(Duration.ofSeconds(5))
                .build()
                .replays()
                .getReplay("r1"));

    assertThat(store.pauses).containsExactly(Duration.ofSeconds(30));
    assertThat(store.released).containsExactly("slot-1");
  }

  @Test
  void aStoreThatCannotDecideFailsTheCallUnsent() {
    ScriptedStore store = new ScriptedStore();

    RateLimitStoreException error =
        catchThrowableOfType(
            RateLimitStoreException.class, () -> client(store).replays().getReplay("r1"));

    assertThat(error.operation()).isEqualTo("getReplay");
    assertThat(error).hasMessage("getReplay not sent: the store is down");
    server.verify(0, getRequestedFor(urlPathEqualTo("/replays/r1")));
  }

  @Test
  void aStoreThatFallsBackLeavesTheCallsToTheInProcessLimits() {
    server.stubFor(get(urlPathEqualTo("/replays")).willReturn(okJson("{\"list\":[]}")));
    ScriptedStore store = new ScriptedStore();
    store.fallback = true;
    BallchasingClient client = client(store);

    for (int i = 0; i < 4; i++) {
      client.replays().listReplays(ReplayQuery.builder().build());
    }

    server.verify(4, getRequestedFor(urlPathEqualTo("/replays")));
    assertThat(store.asked).as("asked again once a second, not on every call").hasSize(2);
    assertThat(time.slept())
        .as("2 list calls per second, kept in-process")
        .isEqualTo(Duration.ofSeconds(1));
  }

  private BallchasingClient client(RateLimitStore store) {
    return ballchasing().token("store-" + System.nanoTime()).rateLimitStore(store).build();
  }

  /** Answers from a script; throws as a store that is down once the script is used up. */
  private static final class ScriptedStore implements RateLimitStore {
    final Deque<Admission> answers;
    final List<History> asked = new ArrayList<>();
    final List<String> released = new ArrayList<>();
    final List<Duration> pauses = new ArrayList<>();
    boolean fallback;

    ScriptedStore(Admission... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public Admission tryAcquire(History history, List<Window> windows, Duration lease) {
      asked.add(history);
      if (answers.isEmpty()) {
        throw new RateLimitStoreException("the store is down", null);
      }
      return answers.poll();
    }

    @Override
    public void release(History history, String slot) {
      released.add(slot);
    }

    @Override
    public void pause(History history, Duration wait) {
      pauses.add(wait);
    }

    @Override
    public boolean fallsBackToLocalLimits() {
      return fallback;
    }
  }
}
