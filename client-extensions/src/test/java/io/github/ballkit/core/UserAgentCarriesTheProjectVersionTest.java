package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.core.internal.ClientCore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The User-Agent names the version Maven built, read from the filtered {@code ballkit.properties}
 * the way the client reads it; surefire passes {@code ${project.version}} in the system property
 * {@value #PROPERTY}.
 */
class UserAgentCarriesTheProjectVersionTest extends WireMockSupport {
  private static final String PROPERTY = "ballkit.expectedVersion";
  private static String projectVersion;

  @BeforeAll
  static void readTheVersionMavenBuilt() {
    projectVersion = System.getProperty(PROPERTY);
    assertThat(projectVersion)
        .as("system property %s (set by surefire in client-extensions/pom.xml)", PROPERTY)
        .isNotBlank()
        .doesNotContain("${");
  }

  @Test
  void theVersionInTheJarIsTheProjectVersion() {
    assertThat(ClientCore.version()).isEqualTo(projectVersion);
  }

  @Test
  void theUserAgentSentCarriesIt() {
    server.stubFor(get("/").willReturn(okJson("{\"chaser\":true}")));

    ballchasing().build().ping();

    server.verify(
        getRequestedFor(urlEqualTo("/"))
            .withHeader(
                "User-Agent",
                equalTo(
                    "ballkit/"
                        + projectVersion
                        + " (ballchasing; Java "
                        + System.getProperty("java.version")
                        + ")")));
  }
}
