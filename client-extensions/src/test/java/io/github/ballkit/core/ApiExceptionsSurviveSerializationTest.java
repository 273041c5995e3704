package io.github.ballkit.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ballkit.WireMockSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Exceptions cross process boundaries (RMI, Spark, session stores): what they carry goes along. */
class ApiExceptionsSurviveSerializationTest extends WireMockSupport {

  @Test
  void aNotFoundKeepsItsStatusHeadersAndBody() throws Exception {
    server.stubFor(
        get("/replays/nope")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req-7")
                    .withBody("{\"error\":\"replay not found\"}")));
    NotFoundException thrown =
        catchThrowableOfType(
            NotFoundException.class, () -> ballchasing().build().replays().getReplay("nope"));

    NotFoundException copy = roundTrip(thrown);

    assertThat(copy.status()).isEqualTo(404);
    assertThat(copy.operation()).isEqualTo("getReplay");
    assertThat(copy.errorMessage()).isEqualTo(thrown.errorMessage()).contains("replay not found");
    assertThat(copy.headers()).containsKey("x-request-id");
    assertThat(copy.rawBody()).isEqualTo(thrown.rawBody());
    assertThat(copy.getMessage()).isEqualTo(thrown.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
