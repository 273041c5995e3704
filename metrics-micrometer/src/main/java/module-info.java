/** The clients' events as Micrometer meters. */
@SuppressWarnings({
  "requires-automatic",
  "requires-transitive-automatic"
}) // Micrometer's manifest names it
module io.github.ballkit.micrometer {
  requires transitive io.github.ballkit.client;
  requires transitive org.jspecify;
  // MeterRegistry is in the API
  requires transitive micrometer.core;

  exports io.github.ballkit.micrometer;
}
