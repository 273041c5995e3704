package io.github.ballkit.testkit;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.testkit.internal.emulator.ballchasing.BallchasingService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-memory ballchasing.com API on 127.0.0.1: ping, upload (multipart part {@code file}; the
 * same bytes again give 409 with the existing id), replays that stay {@code pending} for a
 * processing delay and then carry synthetic players, teams and statistics derived from the uploaded
 * bytes, get/patch/delete/download, search with the real filters and cursor paging, groups with
 * parents, maps, and the per-tier rate limits of the spec's {@code x-rate-limits} (429 with {@code
 * Retry-After}). Every exchange is validated against the spec; read the findings with {@link
 * #takeViolations()}.
 *
 * <pre>{@code
 * TestClock clock = TestClock.fixed();
 * try (BallchasingEmulator bc = BallchasingEmulator.builder().clock(clock).start()) {
 *   var client = BallchasingClient.builder().token("t").baseUrl(bc.baseUrl()).build();
 *   ... upload, then clock.advance(Duration.ofSeconds(5)) and the replay is processed
 * }
 * }</pre>
 *
 * <p>Any non-empty token is accepted and stands for its own user, except a token containing {@code
 * invalid} (refused with 401, like a revoked key; tokens starting with {@code g/} are refused by
 * ping, like group upload tokens). {@code GET /api} answers the ping like {@code GET /api/}.
 * Private replays are visible to their uploader only; lists show processed replays that are public
 * or the caller's own.
 */
public final class BallchasingEmulator extends RunningEmulator<BallchasingClient> {
  /** The token of the user who uploaded the seed data ({@link Builder#seed(int)}). */
  public static final String SEED_TOKEN = BallchasingService.SEED_TOKEN;

  private BallchasingEmulator(Builder b) {
    this(b, new BallchasingService(b.clock, b.tier, b.processingDelay, b.userNames));
  }

  private BallchasingEmulator(Builder b, BallchasingService service) {
    super(Api.BALLCHASING, service, b, path -> false);
    if (b.seedReplays > 0) {
      service.seed(b.seedReplays);
    }
  }

  /**
   * Starts an emulator on a free port: system clock, tier {@code regular}, 3 s processing delay.
   *
   * @return the running emulator
   */
  public static BallchasingEmulator start() {
    return builder().start();
  }

  /**
   * Options for an emulator.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public BallchasingClient client(String token) {
    return BallchasingClient.builder().token(token).baseUrl(baseUrl()).build();
  }

  /** Options of a {@link BallchasingEmulator}. */
  public static final class Builder extends RunningEmulator.Options<Builder> {
    private String tier = "regular";
    private Duration processingDelay = Duration.ofSeconds(3);
    private final Map<String, String> userNames = new LinkedHashMap<>();
    private int seedReplays;

    private Builder() {}

    /**
     * The patron tier whose limits apply: a row of the spec's {@code x-rate-limits} ({@code
     * regular}, {@code gold}, {@code diamond}, {@code champion}, {@code gc}) or an alias.
     *
     * @param tier the tier, {@code regular} by default
     * @return this builder
     */
    public Builder tier(String tier) {
      this.tier = tier;
      return this;
    }

    /**
     * How long an uploaded replay stays {@code pending}.
     *
     * @param delay the delay (3 s by default; zero processes at once)
     * @return this builder
     */
    public Builder processingDelay(Duration delay) {
      this.processingDelay = delay;
      return this;
    }

    /**
     * Starts with sample data, so code written against a real account runs offline: {@code count}
     * public, processed replays uploaded by the user of {@link #SEED_TOKEN}, one per playlist of
     * the spec in turn, every other one with a pro player ({@code pro=true} finds them), filed in a
     * group {@code Seed League} and its child groups {@code Seed League Week 1} and {@code Week 2}.
     *
     * @param count how many replays (0, the default, seeds nothing)
     * @return this builder
     */
    public Builder seed(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("seed count must not be negative");
      }
      this.seedReplays = count;
      return this;
    }

    /**
     * Names the user of a token (other tokens get generated names).
     *
     * @param token the API token
     * @param steamName the user's Steam name
     * @return this builder
     */
    public Builder user(String token, String steamName) {
      userNames.put(token, steamName);
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @return the running emulator
     */
    public BallchasingEmulator start() {
      return new BallchasingEmulator(this);
    }
  }
}
