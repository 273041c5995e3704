/**
 * ballkit's clients of the ballchasing.com and Ballistica APIs: {@code BallchasingClient}, {@code
 * BallisticaClient}, the jobs on top of them and the runtime they share ({@code
 * io.github.ballkit.core}). The runtime's internals ({@code io.github.ballkit.core.internal} and
 * the compiled spec facts) are not exported.
 */
module io.github.ballkit.client {
  requires transitive io.github.ballkit.client.generated;
  requires transitive org.jspecify;
  requires transitive java.net.http;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive feign.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.csv;
  requires feign.slf4j;
  requires org.slf4j;

  exports io.github.ballkit.core;
  exports io.github.ballkit.ballchasing;
  exports io.github.ballkit.ballistica;
}
