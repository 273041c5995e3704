package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ballkit.TokenLeaks;
import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A success body that lacks what the spec requires ({@code {"ok":true}} for a replay) is a {@link
 * MalformedResponseException} naming the missing properties, not an object whose required values
 * are {@code null}. It is not sent again: the server answered. Unknown properties and unknown enum
 * values stay welcome.
 */
class BodiesWithoutRequiredPropertiesAreMalformedTest extends WireMockSupport {
  private static final String OK = "{\"ok\":true}";

  private MalformedResponseException malformed(Supplier<?> call) {
    Throwable error =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(call::get));
    assertThat(error).isExactlyInstanceOf(MalformedResponseException.class);
    TokenLeaks.assertNone(error, TOKEN);
    server.verify(1, anyRequestedFor(anyUrl()));
    return (MalformedResponseException) error;
  }

  @Test
  void aReplayWithoutIdAndStatus() {
    server.stubFor(get("/replays/r-1").willReturn(okJson(OK)));

    MalformedResponseException error =
        malformed(() -> ballchasing().build().replays().getReplay("r-1"));

    assertThat(error.operation()).isEqualTo("getReplay");
    assertThat(error.status()).isEqualTo(200);
    assertThat(error.getMessage())
        .contains("lacks properties the spec requires: id, status")
        .doesNotContain("title");
  }

  @Test
  void anAccountWithoutItsRequiredProperties() {
    server.stubFor(get("/api/v1/accounts/me").willReturn(okJson(OK)));

    MalformedResponseException error = malformed(() -> ballistica().build().me());

    assertThat(error.operation()).isEqualTo("getAccount");
    assertThat(error.getMessage())
        .contains("id")
        .contains("tag")
        .contains("create_time")
        .contains("last_active_day")
        .contains("total_active_days");
  }

  @Test
  void anUploadResultWithoutId() {
    server.stubFor(post(urlPathEqualTo("/v2/upload")).willReturn(okJson(OK)));

    MalformedResponseException error =
        malformed(() -> ballchasing().build().upload("a.replay", new byte[] {1}, null, null));

    assertThat(error.operation()).isEqualTo("uploadReplay");
    assertThat(error.getMessage()).endsWith("requires: id");
  }

  @Test
  void aWorkspaceWithoutItsRequiredProperties() {
    server.stubFor(get("/api/v1/workspaces/ws1").willReturn(okJson(OK)));

    MalformedResponseException error =
        malformed(() -> ballistica().build().workspaces().getWorkspace("ws1"));

    assertThat(error.getMessage()).contains("id, name, size, create_time, modified_time");
  }

  @Test
  void aNestedModelWithoutItsRequiredPropertyIsNamedByItsPlace() {
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .willReturn(okJson("{\"list\":[{\"id\":\"a\"},{\"replay_title\":\"no id\"}]}")));

    MalformedResponseException error =
        malformed(
            () ->
                ballchasing()
                    .build()
                    .replays()
                    .listReplays(
                        io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery.builder()
                            .build()));

    assertThat(error.getMessage()).endsWith("requires: list[1].id");
  }

  @Test
  void unknownPropertiesAndEnumValuesAreWelcome() {
    server.stubFor(
        get("/replays/r-1")
            .willReturn(
                okJson("{\"id\":\"r-1\",\"status\":\"archived\",\"brand_new_field\":{\"a\":1}}")));

    Replay replay = ballchasing().build().replays().getReplay("r-1");

    assertThat(replay.id()).isEqualTo("r-1");
    assertThat(replay.status().value()).isEqualTo("archived");
    assertThat(replay.status().isKnown()).isFalse();
  }

  @Test
  void aRequiredListThatIsEmptyIsPresent() {
    server.stubFor(get(urlPathEqualTo("/replays")).willReturn(okJson("{\"list\":[]}")));

    ReplayPage page =
        ballchasing()
            .build()
            .replays()
            .listReplays(
                io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery.builder().build());

    assertThat(page.list()).isEmpty();
  }
}
