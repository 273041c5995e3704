package io.github.ballkit.testkit.internal.emulator;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an emulator sees of a request: method, raw path, decoded query, headers, body and multipart
 * parts.
 *
 * @param method the HTTP method in upper case
 * @param rawPath the path as sent (percent-encoded)
 * @param query decoded query parameters in order, repeated keys kept
 * @param headers header values by lower-case name
 * @param body the raw body
 * @param parts multipart parts by name (empty unless multipart)
 */
public record EmulatorRequest(
    String method,
    String rawPath,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body,
    Map<String, Part> parts) {

  /**
   * One multipart part.
   *
   * @param fileName the file name of the part, or null
   * @param bytes its content
   */
  public record Part(String fileName, byte[] bytes) {}

  /**
   * Reads a WireMock request.
   *
   * @param request the request
   * @return the emulator's view of it
   */
  public static EmulatorRequest from(Request request) {
    URI uri = URI.create(request.getUrl());
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader h : request.getHeaders().all()) {
      headers.put(h.key().toLowerCase(Locale.ROOT), h.values());
    }
    Map<String, Part> parts = new LinkedHashMap<>();
    if (request.isMultipart() && request.getParts() != null) {
      for (Request.Part p : request.getParts()) {
        String fileName = fileNameOf(p);
        parts.put(p.getName(), new Part(fileName, p.getBody().asBytes()));
      }
    }
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
    return new EmulatorRequest(
        request.getMethod().getName().toUpperCase(Locale.ROOT),
        uri.getRawPath(),
        parseQuery(uri.getRawQuery()),
        headers,
        body,
        parts);
  }

  private static String fileNameOf(Request.Part part) {
    HttpHeader disposition = part.getHeader("Content-Disposition");
    if (disposition == null || !disposition.isPresent()) {
      return null;
    }
    for (String piece : disposition.firstValue().split(";")) {
      String p = piece.trim();
      if (p.startsWith("filename=")) {
        return p.substring("filename=".length()).replace("\"", "");
      }
    }
    return null;
  }

  private static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The first value of a query parameter.
   *
   * @param name the parameter
   * @return the value, or empty
   */
  public Optional<String> param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * All values of a query parameter.
   *
   * @param name the parameter
   * @return the values, possibly empty
   */
  public List<String> params(String name) {
    return query.getOrDefault(name, List.of());
  }
}
