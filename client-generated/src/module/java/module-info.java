/**
 * The Feign interfaces and immutable models generated from ballkit's OpenAPI specs, one pair of
 * packages per API. Users read it through {@code io.github.ballkit.client}, which requires it
 * transitively.
 */
@SuppressWarnings({
  "requires-automatic",
  "requires-transitive-automatic"
}) // feign-form has no module
module io.github.ballkit.client.generated {
  // the interfaces' signatures name feign.Response and feign.form.FormData
  requires transitive feign.core;
  requires transitive feign.form;
  requires transitive com.fasterxml.jackson.annotation;
  // a oneOf/anyOf model reads its alternative with a Jackson deserializer
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;
  // @Generated (javax.annotation.processing) is kept in the sources only: needed to compile, not to
  // run
  requires static transitive java.compiler;

  exports io.github.ballkit.ballchasing.api;
  exports io.github.ballkit.ballchasing.model;
  exports io.github.ballkit.ballistica.api;
  exports io.github.ballkit.ballistica.model;

  // the specs the jar carries (io/github/ballkit/spec/*.yaml), for the testkit and for users:
  // resources of a package are found from other modules only when it is open
  opens io.github.ballkit.spec;

  // Jackson builds the models through their private @JsonCreator constructors
  opens io.github.ballkit.ballchasing.api to
      com.fasterxml.jackson.databind;
  opens io.github.ballkit.ballchasing.model to
      com.fasterxml.jackson.databind;
  opens io.github.ballkit.ballistica.api to
      com.fasterxml.jackson.databind;
  opens io.github.ballkit.ballistica.model to
      com.fasterxml.jackson.databind;
}
