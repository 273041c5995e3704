package io.github.ballkit.ballchasing;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ballkit.WireMockSupport;
import io.github.ballkit.ballchasing.model.UploadResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads from a stream, and the size cap that keeps a wrong source from filling the heap. */
class ReplayUploadSourcesTest extends WireMockSupport {
  @TempDir Path dir;

  @BeforeEach
  void acceptUploads() {
    server.stubFor(
        post(urlPathEqualTo("/v2/upload"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"r-9\",\"location\":\"https://ballchasing.com/replay/r-9\"}")));
  }

  private BallchasingClient client() {
    return ballchasing().noRateLimits().build();
  }

  @Test
  void aReplayReadFromAStreamIsSentAsTheFilePart() {
    byte[] bytes = new byte[70_000];
    new Random(11).nextBytes(bytes);

    UploadResult result =
        client().upload("stream.replay", new ByteArrayInputStream(bytes), null, null);

    assertThat(result.id()).isEqualTo("r-9");
    server.verify(
        postRequestedFor(urlPathEqualTo("/v2/upload"))
            .withRequestBodyPart(
                aMultipart()
                    .withName("file")
                    .withFileName("stream.replay")
                    .withBody(binaryEqualTo(bytes))
                    .build()));
  }

  @Test
  void aStreamLongerThanTheCapFailsBeforeAnythingIsSent() {
    InputStream tooLong = new ZeroBytes(BallchasingClient.MAX_UPLOAD_BYTES + 1L);

    ReplayTooLargeException error =
        catchThrowableOfType(
            ReplayTooLargeException.class,
            () -> client().upload("long.replay", tooLong, null, null));

    assertThat(error.limit()).isEqualTo(BallchasingClient.MAX_UPLOAD_BYTES);
    assertThat(error.size()).as("a stream is read only up to the cap").isEmpty();
    assertThat(error.operation()).isEqualTo("uploadReplay");
    assertThat(error).hasMessageContaining("long.replay has more than");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aFileLargerThanTheCapFailsBeforeAnythingIsSent() throws Exception {
    Path huge = dir.resolve("huge.replay");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(BallchasingClient.MAX_UPLOAD_BYTES + 1L); // sparse: no disk used
    }

    ReplayTooLargeException error =
        catchThrowableOfType(
            ReplayTooLargeException.class, () -> client().upload(huge, null, null));

    assertThat(error.limit()).isEqualTo(BallchasingClient.MAX_UPLOAD_BYTES);
    assertThat(error).hasMessageContaining("huge.replay");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  /**
   * The cap holds while the file is read, not by a size looked up before: a device, a pipe or a
   * file still being written has a size that says nothing of what a read returns.
   */
  @Test
  void aFileIsCappedByWhatIsReadNotByItsSize() throws Exception {
    Path endless = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(endless), "needs /dev/zero");
    assertThat(Files.size(endless)).as("its size says nothing").isLessThan(1);

    ReplayTooLargeException error =
        catchThrowableOfType(
            ReplayTooLargeException.class, () -> client().upload(endless, null, null));

    assertThat(error.limit()).isEqualTo(BallchasingClient.MAX_UPLOAD_BYTES);
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aReplayInMemoryLargerThanTheCapTellsItsSize() {
    byte[] tooLarge = new byte[BallchasingClient.MAX_UPLOAD_BYTES + 1];

    ReplayTooLargeException error =
        catchThrowableOfType(
            ReplayTooLargeException.class,
            () -> client().upload("big.replay", tooLarge, null, null));

    assertThat(error.size()).hasValue(BallchasingClient.MAX_UPLOAD_BYTES + 1L);
    assertThat(error.limit()).isEqualTo(BallchasingClient.MAX_UPLOAD_BYTES);
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  /** A stream of zeros of a given length, without holding them. */
  private static final class ZeroBytes extends InputStream {
    private long left;

    ZeroBytes(long length) {
      this.left = length;
    }

    @Override
    public int read() {
      return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
