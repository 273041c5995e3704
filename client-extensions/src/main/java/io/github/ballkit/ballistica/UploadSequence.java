package io.github.ballkit.ballistica;

import io.github.ballkit.ballistica.api.FilesApi;
import io.github.ballkit.ballistica.model.FileOperation;
import io.github.ballkit.ballistica.model.UploadInit;
import io.github.ballkit.ballistica.model.UploadInitStatus;
import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.MalformedResponseException;
import io.github.ballkit.core.ServerException;
import io.github.ballkit.core.TransportException;
import io.github.ballkit.core.internal.CallSequence;
import io.github.ballkit.core.internal.ClientCore;
import io.github.ballkit.core.internal.FileDigest;
import io.github.ballkit.core.internal.RetryableStatus;
import io.github.ballkit.core.internal.RuntimeSettings;
import io.github.ballkit.core.internal.SignedUpload;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Ballistica's upload as one call: {@code upload-init}, the signed PUT and {@code upload-finalize},
 * with one deadline ({@code callTimeout}, from when the file has been hashed) and one retry budget
 * ({@code maxRetries}) for the whole sequence. The steps are not retried one by one ({@link
 * CallSequence}); when a step fails in a way a fresh start can mend, the whole sequence starts
 * again, which the spec says is always safe (a repeated init answers {@code exists} or a fresh
 * session). The rules:
 *
 * <ul>
 *   <li>{@code upload-init}: a connection failure or 502/503/504 starts again (which is simply the
 *       init again); any other error (400, 401, 404, 500) is thrown.
 *   <li>signed PUT: a connection failure, 403 (most likely an expired signature), 408, 429 or any
 *       5xx starts again. The URL is time-limited and its session single-use; a new init gives a
 *       new one, or answers {@code exists} when the bytes did land. Any other 4xx (400, 413) is
 *       thrown: sending the same file again would be refused the same way.
 *   <li>{@code upload-finalize}: a connection failure or any 5xx starts again. This is wider than
 *       the 502/503/504 of every other call on purpose: the server may answer 500 for a session
 *       already consumed or expired, and only a new session can finish the upload.
 *   <li>the local file: a read error (missing, unreadable, changed size) is thrown, never retried.
 * </ul>
 *
 * <p>429s are still waited out by the runtime, within the sequence's deadline.
 */
final class UploadSequence {
  private static final String OPERATION = "upload";

  private final FilesApi files;
  private final ClientCore core;

  UploadSequence(FilesApi files, ClientCore core) {
    this.files = files;
    this.core = core;
  }

  UploadOutcome run(String workspaceId, WorkspacePath target, Path file) {
    RuntimeSettings settings = core.settings();
    FileDigest digest = digest(file); // local work: a large file's hashing does not use up the call
    Instant deadline = settings.clock().instant().plus(settings.callTimeout());
    for (int retry = 1; ; retry++) {
      StartAgain failed;
      try {
        return CallSequence.run(deadline, () -> once(workspaceId, target, file, digest, deadline));
      } catch (StartAgain startAgain) {
        failed = startAgain;
      }
      Duration wait = settings.backoff().delay(retry);
      if (retry > settings.maxRetries()
          || settings.clock().instant().plus(wait).isAfter(deadline)) {
        throw failed.failure;
      }
      try {
        settings.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failed.failure;
      }
    }
  }

  private UploadOutcome once(
      String workspaceId, WorkspacePath target, Path file, FileDigest digest, Instant deadline) {
    UploadInit init = init(workspaceId, target, digest);
    UploadInitStatus status = init == null ? null : init.status();
    if (UploadInitStatus.EXISTS.equals(status)) {
      return new UploadOutcome(target, digest.size(), digest.sha256(), false);
    }
    if (!UploadInitStatus.UPLOAD_REQUIRED.equals(status)
        || init.uploadUrl() == null
        || init.sessionId() == null) {
      throw malformedInit(
          "upload-init answered "
              + (status == null ? "no status" : "status '" + status + "'")
              + " without what an upload needs (upload_url, session_id)");
    }
    put(uploadUrl(init.uploadUrl()), init, file, digest, deadline);
    finalize(workspaceId, target, init.sessionId());
    return new UploadOutcome(target, digest.size(), digest.sha256(), true);
  }

  private UploadInit init(String workspaceId, WorkspacePath target, FileDigest digest) {
    try {
      return files.operateOnWorkspaceFile(
          workspaceId,
          target.value(),
          FileOperation.builder()
              .op(FileOperation.OpEnum.UPLOAD_INIT)
              .size(digest.size())
              .sha256(digest.sha256())
              .build());
    } catch (TransportException e) {
      throw new StartAgain(e);
    } catch (ServerException e) {
      throw RetryableStatus.isGateway(e.status()) ? new StartAgain(e) : e;
    }
  }

  /**
   * Parses the signed URL the PUT goes to: an absolute http(s) URL with a host, or the init's
   * answer is malformed. The value is not quoted in the error: it carries the storage's signature.
   */
  private static URI uploadUrl(String value) {
    URI url;
    try {
      url = new URI(value);
    } catch (URISyntaxException e) {
      url = null;
    }
    if (url == null
        || url.getHost() == null
        || !("http".equalsIgnoreCase(url.getScheme())
            || "https".equalsIgnoreCase(url.getScheme()))) {
      throw malformedInit(
          "upload-init answered an upload_url that is not an http(s) URL with a host");
    }
    return url;
  }

  private static MalformedResponseException malformedInit(String problem) {
    return new MalformedResponseException(
        new ErrorDetails("operateOnWorkspaceFile", 200, Map.of(), null, null, null, null), problem);
  }

  private void put(URI url, UploadInit init, Path file, FileDigest digest, Instant deadline) {
    Duration left = Duration.between(core.settings().clock().instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new TransportException(
          OPERATION,
          "upload timed out before the signed PUT (callTimeout)",
          new HttpTimeoutException("callTimeout passed"));
    }
    try {
      SignedUpload.put(
          core.http(SignedUpload.OPERATION),
          url,
          init.uploadHeaders(),
          file,
          left,
          core.settings().events());
    } catch (TransportException e) {
      String problem = localProblem(file, digest, e);
      if (problem != null) {
        throw new TransportException(OPERATION, "cannot read " + file + ": " + problem, e);
      }
      throw new StartAgain(e);
    } catch (ApiException e) {
      throw mendedByANewUrl(e.status()) ? new StartAgain(e) : e;
    }
  }

  /**
   * Tells whether a storage refusal may go away with a new signed URL and another try: 403 (most
   * likely the signature expired), 408, 429 and 5xx. Any other 4xx (400, 413) would be refused the
   * same way again, so it is thrown at once.
   */
  private static boolean mendedByANewUrl(int status) {
    return status == 403 || status == 408 || status == 429 || status >= 500;
  }

  private void finalize(String workspaceId, WorkspacePath target, String sessionId) {
    try {
      files.operateOnWorkspaceFile(
          workspaceId,
          target.value(),
          FileOperation.builder()
              .op(FileOperation.OpEnum.UPLOAD_FINALIZE)
              .sessionId(sessionId)
              .build());
    } catch (TransportException | ServerException e) {
      throw new StartAgain(e);
    }
  }

  private static FileDigest digest(Path file) {
    try {
      return FileDigest.of(file);
    } catch (IOException e) {
      throw new TransportException(OPERATION, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Tells a failed PUT caused by the local file (gone, unreadable, or no longer the size that was
   * announced) from a network failure: the first is not mended by sending again.
   */
  private static String localProblem(Path file, FileDigest digest, TransportException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileNotFoundException
          || cause instanceof NoSuchFileException
          || cause instanceof AccessDeniedException) {
        return String.valueOf(cause.getMessage());
      }
    }
    try {
      if (!Files.isReadable(file)) {
        return "the file is gone or unreadable";
      }
      long size = Files.size(file);
      return size == digest.size()
          ? null
          : "it changed during the upload (" + size + " bytes, was " + digest.size() + ")";
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  /** A step failed in a way that starting the sequence again can mend. */
  private static final class StartAgain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient RuntimeException failure;

    StartAgain(RuntimeException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }
}
