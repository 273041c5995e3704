package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.core.MalformedResponseException;
import org.junit.jupiter.api.Test;

/** A page whose {@code next} cannot be followed is a typed, readable error naming the operation. */
class BrokenNextUrlIsAMalformedResponseTest extends WireMockSupport {

  private void replayPageWithNext(String next) {
    server.stubFor(
        get(urlPathEqualTo("/replays"))
            .willReturn(okJson("{\"list\":[{\"id\":\"r1\"}],\"next\":\"" + next + "\"}")));
  }

  @Test
  void aNextThatIsNotAUrlIsAMalformedResponse() {
    replayPageWithNext("http://bad host/replays?after=x");
    BallchasingClient client = ballchasing().noRateLimits().build();

    MalformedResponseException error =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> client.listAllReplays(ReplayQuery.builder().build()).toList());

    assertThat(error.operation()).isEqualTo("listReplays");
    assertThat(error.status()).isEqualTo(200);
    assertThat(error.getMessage()).contains("listReplays", "next page URL is not a URL");
  }

  @Test
  void aNextWithoutAnAfterCursorIsAMalformedResponse() {
    replayPageWithNext("https://ballchasing.com/api/replays?page=2");
    BallchasingClient client = ballchasing().noRateLimits().build();

    MalformedResponseException error =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> client.iterateReplays(ReplayQuery.builder().build()).hasNext());

    assertThat(error.operation()).isEqualTo("listReplays");
    assertThat(error.getMessage())
        .contains("no 'after' cursor", "https://ballchasing.com/api/replays?page=2");
  }

  @Test
  void groupsNameTheirOwnOperation() {
    server.stubFor(
        get(urlPathEqualTo("/groups"))
            .willReturn(okJson("{\"list\":[{\"id\":\"g1\"}],\"next\":\"/groups?page=2\"}")));
    BallchasingClient client = ballchasing().noRateLimits().build();

    MalformedResponseException error =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> client.listAllGroups(GroupQuery.builder().build()).toList());

    assertThat(error.operation()).isEqualTo("listGroups");
  }
}
