package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmulatorMainTest {

  @Test
  void startsTheBallchasingEmulatorOnTheChosenPort() throws Exception {
    EmulatorMain.Started started =
        EmulatorMain.start("--api", "ballchasing", "--port", "0", "--tier", "gold");
    try {
      assertThat(started.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api");
      Http.Answer ping = new Http(started.baseUrl(), "token").get("/");
      assertThat(ping.json().get("type").asText()).isEqualTo("gold");
    } finally {
      started.emulator().close();
    }
  }

  @Test
  void seedsSampleDataOnRequest() throws Exception {
    EmulatorMain.Started started =
        EmulatorMain.start("--api", "ballchasing", "--port", "0", "--seed", "4");
    try {
      Http.Answer list = new Http(started.baseUrl(), "token").get("/replays");
      assertThat(list.json().get("count").asInt()).isEqualTo(4);
    } finally {
      started.emulator().close();
    }
  }

  @Test
  void startsTheBallisticaEmulator() throws Exception {
    EmulatorMain.Started started = EmulatorMain.start("--api", "ballistica", "--port", "0");
    try {
      assertThat(new Http(started.baseUrl(), "Bearer t").get("/api/v1/accounts/me").status())
          .isEqualTo(200);
    } finally {
      started.emulator().close();
    }
  }

  @Test
  void refusesUnknownApisAndOptions() {
    assertThatThrownBy(() -> EmulatorMain.start("--api", "nope")).hasMessageContaining("--api");
    assertThatThrownBy(() -> EmulatorMain.start("--colour", "red"))
        .hasMessageContaining("--colour");
  }
}
