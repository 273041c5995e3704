package io.github.ballkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Request;
import feign.form.FormData;
import io.github.ballkit.corpus.multipart.api.UploadsApi;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multipart bodies with one file, an array of files and text fields; forms; raw binary bodies. */
class MultipartTest extends Stub {

  @Test
  void everyFileOfAnArrayIsSentAsItsOwnPart() {
    answer(204, null);

    api(UploadsApi.class)
        .uploadPhotos(
            "a1",
            List.of(file("one.jpg", "111"), file("two.jpg", "222")),
            file("cover.png", "ccc"),
            "Summer",
            List.of("beach"));

    assertThat(request().getUrl()).isEqualTo("/albums/a1/photos");
    assertThat(request().getHeader("Content-Type")).startsWith("multipart/form-data");
    Collection<Request.Part> parts = request().getParts();
    assertThat(parts.stream().filter(p -> p.getName().equals("photos")).map(MultipartTest::text))
        .containsExactly("111", "222");
    assertThat(parts.stream().filter(p -> p.getName().equals("photos")))
        .map(p -> p.getHeader("Content-Disposition").firstValue())
        .anySatisfy(disposition -> assertThat(disposition).contains("filename=\"two.jpg\""));
    assertThat(parts.stream().filter(p -> p.getName().equals("cover")).map(MultipartTest::text))
        .containsExactly("ccc");
    assertThat(parts.stream().filter(p -> p.getName().equals("caption")).map(MultipartTest::text))
        .containsExactly("Summer");
  }

  @Test
  void aFormIsSentUrlEncoded() {
    answer(204, null);

    api(UploadsApi.class).login("ann & bob", true);

    assertThat(request().getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request().getBodyAsString()).isEqualTo("user=ann+%26+bob&remember=true");
  }

  @Test
  void aBinaryBodyIsSentAsItsBytes() {
    answer(204, null);

    api(UploadsApi.class).putBlob("k1", new byte[] {0, 1, (byte) 0xff});

    assertThat(request().getMethod().getName()).isEqualTo("PUT");
    assertThat(request().getUrl()).isEqualTo("/blobs/k1");
    assertThat(request().getBody()).containsExactly(0, 1, 0xff);
  }

  private static FormData file(String name, String content) {
    return new FormData("application/octet-stream", name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Request.Part part) {
    return part.getBody().asString();
  }
}
