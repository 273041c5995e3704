package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.GroupsApi.GroupQuery;
import io.github.ballkit.ballchasing.api.ReplaysApi.ReplayQuery;
import io.github.ballkit.ballchasing.model.GroupSummary;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where clients notice a difference between the emulator and ballchasing.com. */
class BallchasingEmulatorBehavesLikeTheServiceTest extends BallchasingEmulatorTestBase {

  @Test
  void pingAnswersAtTheBaseUrlWithAndWithoutTrailingSlash() {
    Http root = new Http(emulator.baseUrl().replaceFirst("/api$", ""), "some-token");

    assertThat(root.get("/api").status()).isEqualTo(200);
    assertThat(root.get("/api/").status()).isEqualTo(200);
    assertThat(root.get("/api").json().get("chaser").asBoolean()).isTrue();
  }

  @Test
  void listMapsHasEveryMapOfTheReferenceData() throws Exception {
    JsonNode reference;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("io/github/ballkit/testkit/ballchasing-reference.json")) {
      reference = new ObjectMapper().readTree(in);
    }

    Map<String, String> maps = emulator.client().misc().listMaps();

    assertThat(maps).hasSizeGreaterThanOrEqualTo(90).hasSize(reference.get("maps").size());
    assertThat(maps)
        .containsEntry("stadium_p", "DFH Stadium")
        .containsEntry("neotokyo_standard_p", "Neo Tokyo (Standard)")
        .containsEntry("uf_day_p", "Futura Garden");
  }

  @Test
  void aDownloadHasAContentLengthAndNoContentCoding() {
    byte[] bytes = replayBytes("download" + System.nanoTime());
    String id = upload(http, "d.replay", bytes, null).json().get("id").asText();

    Http.Answer file =
        http.send(http.request("/replays/" + id + "/file").header("Accept-Encoding", "gzip").GET());

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(bytes);
    assertThat(file.header("Content-Length")).isEqualTo(Integer.toString(bytes.length));
    assertThat(file.header("Content-Encoding")).isNull();
    assertThat(file.header("Transfer-Encoding")).isNull();
  }

  @Test
  void seedDataListsProReplaysAcrossPlaylistsInNestedGroups() {
    try (BallchasingEmulator seeded = BallchasingEmulator.builder().tier("gc").seed(30).start()) {
      BallchasingClient client = seeded.client();

      List<ReplaySummary> all =
          client.listAllReplays(ReplayQuery.builder().count(200).build()).toList();
      List<ReplaySummary> pro =
          client.listAllReplays(ReplayQuery.builder().pro(true).build()).toList();
      List<GroupSummary> groups = client.listAllGroups(GroupQuery.builder().build()).toList();

      assertThat(all).hasSize(30);
      assertThat(all.stream().map(r -> r.playlistId().value()).collect(Collectors.toSet()))
          .hasSizeGreaterThan(10);
      assertThat(pro.size()).isBetween(15, 30);
      assertThat(pro.stream().map(ReplaySummary::replayTitle))
          .contains("Seed replay 1", "Seed replay 3", "Seed replay 29");
      assertThat(groups)
          .extracting(GroupSummary::name)
          .containsExactlyInAnyOrder("Seed League", "Seed League Week 1", "Seed League Week 2");
      GroupSummary league =
          groups.stream().filter(g -> g.name().equals("Seed League")).findFirst().orElseThrow();
      assertThat(client.listAllGroups(GroupQuery.builder().group(league.id()).build()).toList())
          .hasSize(2);
      assertThat(league.indirectReplays()).isEqualTo(20);
      seeded.assertNoViolations();
    }
  }

  @Test
  void aFreshEmulatorHasNoData() {
    try (BallchasingEmulator fresh = BallchasingEmulator.builder().tier("gc").start()) {
      assertThat(fresh.client().replays().listReplays(ReplayQuery.builder().build()).count())
          .isZero();
    }
  }

  @Test
  void theSeedUserOwnsTheSeedData() {
    try (BallchasingEmulator seeded = BallchasingEmulator.builder().tier("gc").seed(3).start()) {
      Set<String> mine =
          seeded
              .client(BallchasingEmulator.SEED_TOKEN)
              .listAllReplays(ReplayQuery.builder().uploader("me").build())
              .map(ReplaySummary::id)
              .collect(Collectors.toSet());

      assertThat(mine).hasSize(3);
    }
  }
}
