package io.github.ballkit.ballchasing;

import feign.form.FormData;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.model.UploadResult;
import io.github.ballkit.ballchasing.model.Visibility;
import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransferListener;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.core.internal.TransferTracker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The replay upload behind {@link BallchasingClient}'s overloads: the multipart part {@code file},
 * built in memory and so capped at {@link BallchasingClient#MAX_UPLOAD_BYTES}.
 */
final class ReplayUploads {
  private static final String OPERATION = "uploadReplay";

  private ReplayUploads() {}

  static UploadResult fromFile(
      ReplaysApi api, Path replay, Visibility visibility, String group, TransferListener listener) {
    // No size check first: the file may change between the check and the read, and a device or a
    // pipe has no size; reading caps what it reads.
    byte[] bytes;
    String fileName = replay.getFileName().toString();
    try (InputStream in = Files.newInputStream(replay)) {
      bytes = readCapped(fileName, in);
    } catch (IOException e) {
      throw new TransportException(OPERATION, "cannot read " + replay + ": " + e.getMessage(), e);
    }
    return TransferTracker.run(
        listener,
        new Transfer(Transfer.Direction.UPLOAD, fileName),
        OPERATION,
        bytes.length,
        tracker -> {
          UploadResult result = fromBytes(api, fileName, bytes, visibility, group);
          tracker.complete();
          return result;
        });
  }

  static UploadResult fromStream(
      ReplaysApi api, String fileName, InputStream replay, Visibility visibility, String group) {
    byte[] bytes;
    try {
      bytes = readCapped(fileName, replay);
    } catch (IOException e) {
      throw new TransportException(OPERATION, "cannot read " + fileName + ": " + e.getMessage(), e);
    }
    return fromBytes(api, fileName, bytes, visibility, group);
  }

  static UploadResult fromBytes(
      ReplaysApi api, String fileName, byte[] replay, Visibility visibility, String group) {
    if (replay.length > BallchasingClient.MAX_UPLOAD_BYTES) {
      throw new ReplayTooLargeException(
          fileName, OptionalLong.of(replay.length), BallchasingClient.MAX_UPLOAD_BYTES);
    }
    FormData part = new FormData("application/octet-stream", fileName, replay);
    return api.uploadReplay(part, visibility, group);
  }

  private static byte[] readCapped(String fileName, InputStream replay) throws IOException {
    byte[] bytes = replay.readNBytes(BallchasingClient.MAX_UPLOAD_BYTES + 1);
    if (bytes.length > BallchasingClient.MAX_UPLOAD_BYTES) {
      throw new ReplayTooLargeException(
          fileName, OptionalLong.empty(), BallchasingClient.MAX_UPLOAD_BYTES);
    }
    return bytes;
  }
}
