package io.github.ballkit.core.internal;

import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.TransportException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PUTs a file to a signed storage URL, streaming it from disk with a fixed {@code Content-Length}
 * and the headers the server returned (all that can be sent), and never the API token: the URL
 * belongs to another host. An error status becomes the same typed exception as an API error.
 */
public final class SignedUpload {
  /** The name a signed upload goes by in errors and logs. */
  public static final String OPERATION = "signedUpload";

  private static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.http");

  private SignedUpload() {}

  /**
   * Sends the file.
   *
   * @param http the JDK client
   * @param url the signed URL, an absolute http(s) URL with a host
   * @param headers the headers to send (those that cannot be sent are skipped and logged)
   * @param file the file
   * @param timeout the deadline of the whole exchange: the file sent and the answer read
   * @param events the client's events, which hear the PUT as a call of its own
   */
  public static void put(
      HttpClient http,
      URI url,
      Map<String, String> headers,
      Path file,
      Duration timeout,
      CallEvents events) {
    CallEvents.Call call = events.start(OPERATION, "PUT", "none");
    try {
      put(http, url, headers, file, timeout, call);
    } catch (RuntimeException e) {
      call.failed(e);
      throw e;
    }
  }

  private static void put(
      HttpClient http,
      URI url,
      Map<String, String> headers,
      Path file,
      Duration timeout,
      CallEvents.Call call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout);
    if (headers != null) {
      headers.forEach((name, value) -> addHeader(request, name, value));
    }
    HttpRequest.BodyPublisher content;
    try {
      content = TransferTracker.counting(OPERATION, HttpRequest.BodyPublishers.ofFile(file));
    } catch (FileNotFoundException e) {
      throw new TransportException(OPERATION, "cannot read " + file + ": " + e.getMessage(), e);
    }
    request.PUT(content);
    LOG.debug(
        "PUT {}://{}{} (signed upload, query not logged)",
        url.getScheme(),
        url.getHost(),
        url.getPath());
    BoundedBody.Kept response;
    try {
      // The deadline covers the answer's body too, of which at most the error excerpt is read.
      response =
          BoundedBody.send(
              http, request.build(), BoundedBody.cutAt(ErrorExcerpt.MAX_BYTES), timeout);
    } catch (IOException e) {
      throw TransportException.of(OPERATION, e);
    }
    int status = response.status();
    call.sent(content.contentLength());
    call.ended(status);
    if (status < 200 || status >= 300) {
      ErrorDetails details =
          new ErrorDetails(
              OPERATION, status, response.headers().map(), response.body(), null, null, null);
      // The storage service's error bodies are its own (XML, say), so only the status is read;
      // Retry-After dates are real time, as the URL's expiry is.
      throw BallkitErrorDecoder.forStatus(details, Clock.systemUTC());
    }
  }

  /**
   * Adds one of the headers the server said to send, unless it cannot be sent: the JDK sets {@code
   * Content-Length} (from the file's size), {@code Host}, {@code Connection}, {@code Expect} and
   * {@code Upgrade} itself and refuses them, and a value with a line break is no header at all.
   * Sending the rest is the best chance: if the signature needed a skipped header the storage
   * service answers 403, which arrives as a {@code ForbiddenException}.
   */
  private static void addHeader(HttpRequest.Builder request, String name, String value) {
    if (name == null || value == null || name.equalsIgnoreCase("Authorization")) {
      return;
    }
    if (JdkHttpTransport.isRestricted(name)) {
      LOG.debug("signed upload: not sending header {}, which the JDK sets itself", name);
      return;
    }
    try {
      request.header(name, value);
    } catch (IllegalArgumentException invalid) {
      LOG.warn("signed upload: not sending header {}, which is not a valid HTTP header", name);
    }
  }
}
