package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.internal.BallchasingSpecFacts;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The rate-limit histories shared by the clients of a token live as long as one of those clients,
 * not as long as the JVM: a server building clients for many tokens must not grow without bound.
 * Waits for the garbage collector, which {@link System#gc()} only asks for, so it polls with a
 * generous bound instead of timing anything.
 */
class LimiterHistoriesGoWithTheirClientsTest {
  private static final String BASE_URL = "http://127.0.0.1:9";

  @Test
  void theHistoriesOfATokenGoWithItsLastClient() throws InterruptedException {
    String token = "gone-" + System.nanoTime();
    List<WeakReference<BallchasingClient>> clients = clientAndCopy(token);
    WeakReference<BallchasingClient> client = clients.get(0);
    WeakReference<BallchasingClient> copy = clients.get(1);

    collectUntil(() -> !RateLimiters.sharedFor(BASE_URL, token));

    assertThat(client.get()).as("the client was collected").isNull();
    assertThat(copy.get()).as("its copy was collected").isNull();
    assertThat(RateLimiters.sharedFor(BASE_URL, token)).as("the registry entry is gone").isFalse();
  }

  /** Builds a client and a copy, held strongly only in here, so nothing else keeps them alive. */
  private static List<WeakReference<BallchasingClient>> clientAndCopy(String token) {
    BallchasingClient client = build(token);
    BallchasingClient copy = client.newBuilder().readTimeout(Duration.ofSeconds(9)).build();
    assertThat(RateLimiters.sharedFor(BASE_URL, token)).as("held while the clients live").isTrue();
    return List.of(new WeakReference<>(client), new WeakReference<>(copy));
  }

  @Test
  void theRegistryKeepsNoTokenOfCollectedClientsAlive() throws InterruptedException {
    WeakReference<String> token = tokenOfAClientGone();

    collectUntil(() -> token.get() == null);

    assertThat(token.get()).as("the token went with its client").isNull();
  }

  /** Builds a client with a token no one else holds, and lets both go. */
  private static WeakReference<String> tokenOfAClientGone() {
    String token = "held-only-by-its-client-" + System.nanoTime();
    BallchasingClient client = build(token);
    assertThat(RateLimiters.sharedFor(BASE_URL, token)).isTrue();
    Reference.reachabilityFence(client);
    return new WeakReference<>(token);
  }

  @Test
  void theHistoryOutlivesTheClientAndTheCopyOfTheTokenItWasFirstBuiltWith()
      throws InterruptedException {
    String token = "copies-" + System.nanoTime();
    Kept kept = firstGoneSecondKept(token);

    collectUntil(() -> kept.first().get() == null);

    assertThat(kept.first().get()).as("the first client was collected").isNull();
    assertThat(RateLimiters.sharedFor(BASE_URL, token)).as("held by the live client").isTrue();
    Reference.reachabilityFence(kept.second());
  }

  /** A client built with a copy of a token that only it holds, and a client with another copy. */
  private record Kept(WeakReference<BallchasingClient> first, BallchasingClient second) {}

  private static Kept firstGoneSecondKept(String token) {
    BallchasingClient first = build(new String(token.toCharArray()));
    BallchasingClient second = build(new String(token.toCharArray()));
    return new Kept(new WeakReference<>(first), second);
  }

  @Test
  void aLiveClientKeepsTheHistoryItSharesWithLaterClients() throws InterruptedException {
    String token = "kept-" + System.nanoTime();
    BallchasingClient kept = build(token);
    WeakReference<BallchasingClient> dropped = new WeakReference<>(build(token));

    collectUntil(() -> dropped.get() == null);

    assertThat(dropped.get()).as("the other client was collected").isNull();
    assertThat(RateLimiters.sharedFor(BASE_URL, token)).isTrue();
    Reference.reachabilityFence(kept);
  }

  @Test
  void clientsOfATokenBuiltAtDifferentTimesGetTheSameHistory() {
    SpecMetadata spec = BallchasingSpecFacts.METADATA;
    RateLimiters first = new RateLimiters(spec, BASE_URL, "same-token", "regular");
    SlidingWindowLimiter list = first.forClass("list");

    RateLimiters later = new RateLimiters(spec, BASE_URL, "same-token", "gold");

    assertThat(later.forClass("list")).isSameAs(list);
    assertThat(new RateLimiters(spec, BASE_URL, "another-token", "regular").forClass("list"))
        .isNotSameAs(list);
    Reference.reachabilityFence(first);
  }

  private static BallchasingClient build(String token) {
    return BallchasingClient.builder().token(token).baseUrl(BASE_URL).build();
  }

  private static void collectUntil(BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
      System.gc();
      Thread.sleep(50);
    }
  }
}
