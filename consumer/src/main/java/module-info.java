/** A ballkit user's application as a named module: the client's module brings what it needs. */
module io.github.ballkit.consumer {
  requires io.github.ballkit.client;
  requires jdk.httpserver;
}
