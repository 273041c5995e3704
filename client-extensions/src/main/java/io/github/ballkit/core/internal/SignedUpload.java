package io.github.ballkit.core.internal;

import io.github.ballkit.core.ApiException;
import io.github.ballkit.core.ErrorDetails;
import io.github.ballkit.core.ServerException;
import io.github.ballkit.core.TransportException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PUTs a file to a signed storage URL, streaming it from disk with a fixed {@code Content-Length}
 * and exactly the headers the server returned, and never the API token: the URL belongs to another
 * host.
 */
public final class SignedUpload {
  static final String OPERATION = "signedUpload";
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ballkit.http");
  private static final Set<String> SET_BY_JDK = Set.of("content-length", "host", "connection");

  private SignedUpload() {}

  /**
   * Sends the file.
   *
   * @param http the JDK client
   * @param url the signed URL
   * @param headers the headers to send, exactly
   * @param file the file
   * @param timeout the deadline of the whole transfer
   */
  public static void put(
      HttpClient http, String url, Map<String, String> headers, Path file, Duration timeout) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    if (headers != null) {
      headers.forEach(
          (name, value) -> {
            if (!SET_BY_JDK.contains(name.toLowerCase(Locale.ROOT))
                && !name.equalsIgnoreCase("Authorization")) {
              request.header(name, value);
            }
          });
    }
    try {
      request.PUT(HttpRequest.BodyPublishers.ofFile(file));
    } catch (FileNotFoundException e) {
      throw new TransportException(OPERATION, "cannot read " + file + ": " + e.getMessage(), e);
    }
    URI uri = URI.create(url);
    LOG.debug(
        "PUT {}://{}{} (signed upload, query not logged)",
        uri.getScheme(),
        uri.getHost(),
        uri.getPath());
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw TransportException.of(OPERATION, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(OPERATION, "signed upload interrupted", e);
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      byte[] body = response.body() == null ? new byte[0] : response.body();
      ErrorDetails details =
          new ErrorDetails(OPERATION, status, response.headers().map(), body, null, null, null);
      throw status >= 500 ? new ServerException(details) : new ApiException(details);
    }
  }
}
