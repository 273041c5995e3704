package io.github.ballkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.corpus.params.api.MembersApi;
import io.github.ballkit.corpus.params.model.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Path, query, header and cookie parameters; query objects; operations without our extensions. */
class ParameterStylesTest extends Stub {

  @Test
  void everyParameterStyleReachesItsPlaceInTheRequest() {
    answer(200, "{\"id\":42}");

    Member member =
        api(MembersApi.class)
            .getMember(
                "o1",
                42L,
                "s1",
                List.of("a", "b"),
                10,
                "ann",
                OffsetDateTime.parse("2024-01-02T03:04:05Z"),
                "r1",
                "dark");

    assertThat(member.id()).isEqualTo(42L);
    assertThat(request().getUrl()).startsWith("/orgs/o1/members/42?");
    assertThat(request().getQueryParams().get("fields").values()).containsExactly("a", "b");
    assertThat(request().getQueryParams().get("page-size").firstValue()).isEqualTo("10");
    assertThat(request().getQueryParams().get("filter[name]").firstValue()).isEqualTo("ann");
    assertThat(request().getQueryParams().get("since").firstValue())
        .isEqualTo("2024-01-02T03:04:05Z");
    assertThat(request().getHeader("X-Request-Id")).isEqualTo("r1");
    assertThat(request().getCookies().get("session").firstValue()).isEqualTo("s1");
    assertThat(request().getCookies().get("theme").firstValue()).isEqualTo("dark");
    assertThat(request().getBodyAsString()).isEmpty();
  }

  @Test
  void optionalParametersLeftNullAreNotSentAndAnOptionalCookieIsSentEmpty() {
    answer(200, "{}");

    api(MembersApi.class).getMember("o1", 1L, "s1", null, null, null, null, null, null);

    assertThat(request().getUrl()).isEqualTo("/orgs/o1/members/1");
    assertThat(request().containsHeader("X-Request-Id")).isFalse();
    assertThat(request().getCookies().get("session").firstValue()).isEqualTo("s1");
    // Feign cannot leave out one pair of a templated header: an optional cookie goes out empty
    assertThat(request().getCookies().get("theme").firstValue()).isEmpty();
  }

  @Test
  void aHeaderParameterBesideAJsonBody() {
    answer(201, "{\"id\":1,\"name\":\"n\"}");

    Member added = api(MembersApi.class).addMember("k1", Member.builder().name("n").build());

    assertThat(added.name()).isEqualTo("n");
    assertThat(request().getMethod().getName()).isEqualTo("POST");
    assertThat(request().getHeader("Idempotency-Key")).isEqualTo("k1");
    assertThat(request().getBodyAsString()).isEqualTo("{\"name\":\"n\"}");
  }

  @Test
  void aQueryObjectWithKeywordAndClashingNamesSendsTheWireNames() {
    answer(200, "[]");

    api(MembersApi.class)
        .findMembers(
            MembersApi.FindQuery.builder()._class("c").ids(1, 2).propertyBuilder("b").build());

    assertThat(request().getQueryParams().get("class").firstValue()).isEqualTo("c");
    assertThat(request().getQueryParams().get("ids").values()).containsExactly("1", "2");
    assertThat(request().getQueryParams().get("builder").firstValue()).isEqualTo("b");
  }

  @Test
  void javadocNamesARateLimitClassOnlyWhereTheSpecGivesOne() throws IOException {
    String source =
        Files.readString(JavadocSafeTextTest.generated("params", "api/MembersApi.java"));
    String getMember = javadocBefore(source, "Member getMember(");
    String listMembers = javadocBefore(source, "List<Member> listMembers(");

    assertThat(getMember).contains("rate-limit class {@code item}");
    assertThat(listMembers).doesNotContain("rate-limit class");
  }

  private static String javadocBefore(String source, String declaration) {
    int end = source.indexOf(declaration);
    int start = source.lastIndexOf("/**", end);
    return source.substring(start, end);
  }
}
