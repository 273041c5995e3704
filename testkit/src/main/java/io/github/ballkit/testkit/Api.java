package io.github.ballkit.testkit;

/** The two APIs ballkit speaks, each described by an OpenAPI spec packaged with the client. */
public enum Api {
  /** The ballchasing.com API. */
  BALLCHASING("ballchasing"),
  /** The Ballistica master-server REST API v1. */
  BALLISTICA("ballistica");

  private final String specName;

  Api(String specName) {
    this.specName = specName;
  }

  /**
   * Where the spec sits on the classpath (inside {@code ballkit-client-generated}).
   *
   * @return a classpath resource name such as {@code io/github/ballkit/spec/ballchasing.yaml}
   */
  public String specResource() {
    return "io/github/ballkit/spec/" + specName + ".yaml";
  }
}
