package io.github.ballkit.testkit.internal.emulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.function.Supplier;

/**
 * Mounts an {@link Emulator} in WireMock: the catch-all stub names this transformer, which hands
 * each request to the emulator. WireMock thus stays the HTTP server, request journal and validation
 * point for emulated traffic too, instead of a second hand-written server.
 */
public final class EmulatorDispatcher implements ResponseDefinitionTransformerV2 {
  /** The transformer name the catch-all stub refers to. */
  public static final String NAME = "ballkit-emulator";

  private final Emulator emulator;
  private final Supplier<String> rootUrl;

  /**
   * Creates the dispatcher.
   *
   * @param emulator the emulator
   * @param rootUrl the server's root URL, known once it started
   */
  public EmulatorDispatcher(Emulator emulator, Supplier<String> rootUrl) {
    this.emulator = emulator;
    this.rootUrl = rootUrl;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    EmulatorResponse answer =
        emulator.handle(EmulatorRequest.from(serveEvent.getRequest()), rootUrl.get());
    ResponseDefinitionBuilder out = ResponseDefinitionBuilder.responseDefinition();
    out.withStatus(answer.status());
    answer.headers().forEach(out::withHeader);
    if (answer.body().length > 0) {
      out.withBody(answer.body());
    }
    return out.build();
  }
}
