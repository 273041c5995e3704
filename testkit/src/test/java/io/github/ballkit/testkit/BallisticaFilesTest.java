package io.github.ballkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BallisticaFilesTest extends BallisticaEmulatorTestBase {

  private List<String> paths(String ws) {
    JsonNode entries = http.get(files(ws)).json().get("entries");
    return StreamSupport.stream(entries.spliterator(), false)
        .map(e -> e.get("path").asText())
        .toList();
  }

  @Test
  void theListingIsSortedByPathAndDirectoriesHaveNoSizeOrTime() {
    String ws = createWorkspace("Listing");
    upload(ws, "zeta.txt", "z".getBytes(StandardCharsets.UTF_8));
    upload(ws, "mymod/plugin.py", "print('hi')\n".getBytes(StandardCharsets.UTF_8));
    upload(ws, "alpha.txt", "a".getBytes(StandardCharsets.UTF_8));

    JsonNode entries = http.get(files(ws)).json().get("entries");

    assertThat(paths(ws)).containsExactly("alpha.txt", "mymod", "mymod/plugin.py", "zeta.txt");
    JsonNode dir = entries.get(1);
    assertThat(dir.get("type").asText()).isEqualTo("directory");
    assertThat(dir.has("size")).isFalse();
    assertThat(dir.has("modified_time")).isFalse();
    JsonNode file = entries.get(2);
    assertThat(file.get("type").asText()).isEqualTo("file");
    assertThat(file.get("size").asLong()).isEqualTo(12);
    assertThat(file.has("modified_time")).isTrue();
  }

  @Test
  void uploadsCreateTheirParentDirectories() {
    String ws = createWorkspace("Parents");

    upload(ws, "a/b/c/notes.txt", "n".getBytes(StandardCharsets.UTF_8));

    assertThat(paths(ws)).containsExactly("a", "a/b", "a/b/c", "a/b/c/notes.txt");
  }

  @Test
  void aDownloadReturnsTheBytes() {
    String ws = createWorkspace("Download");
    byte[] bytes = {0, 1, 2, (byte) 0xff, 10};
    upload(ws, "blob.bstr", bytes);

    Http.Answer download = http.get(files(ws) + "/blob.bstr");

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(bytes);
    assertThat(http.get(files(ws) + "/missing.txt").status()).isEqualTo(404);
  }

  @Test
  void theWorkspaceSizeIsTheSumOfItsFiles() {
    String ws = createWorkspace("Size");
    upload(ws, "one.txt", new byte[100]);
    upload(ws, "two.txt", new byte[23]);

    assertThat(http.get("/api/v1/workspaces/" + ws).json().get("size").asLong()).isEqualTo(123);
  }

  @Test
  void mkdirCreatesADirectoryEntry() {
    String ws = createWorkspace("Mkdir");

    assertThat(op(ws, "testdir", Map.of("op", "mkdir")).status()).isEqualTo(204);

    JsonNode entry = http.get(files(ws)).json().get("entries").get(0);
    assertThat(entry.get("path").asText()).isEqualTo("testdir");
    assertThat(entry.get("type").asText()).isEqualTo("directory");
  }

  @Test
  void moveRenamesAFile() {
    String ws = createWorkspace("Move");
    upload(ws, "src.txt", "moving".getBytes(StandardCharsets.UTF_8));

    assertThat(op(ws, "src.txt", Map.of("op", "move", "dest", "dst.txt")).status()).isEqualTo(204);

    assertThat(paths(ws)).containsExactly("dst.txt");
    assertThat(http.get(files(ws) + "/dst.txt").text()).isEqualTo("moving");
  }

  @Test
  void moveCarriesADirectoryWithItsChildren() {
    String ws = createWorkspace("MoveDir");
    upload(ws, "old/inner/x.txt", "x".getBytes(StandardCharsets.UTF_8));

    op(ws, "old", Map.of("op", "move", "dest", "new"));

    assertThat(paths(ws)).containsExactly("new", "new/inner", "new/inner/x.txt");
  }

  @Test
  void copyKeepsBoth() {
    String ws = createWorkspace("Copy");
    upload(ws, "orig.txt", "same".getBytes(StandardCharsets.UTF_8));

    assertThat(op(ws, "orig.txt", Map.of("op", "copy", "dest", "copy.txt")).status())
        .isEqualTo(204);

    assertThat(paths(ws)).containsExactly("copy.txt", "orig.txt");
    assertThat(http.get(files(ws) + "/copy.txt").text()).isEqualTo("same");
  }

  @Test
  void moveWithoutDestIsAnInvalidParameter() {
    String ws = createWorkspace("NoDest");
    upload(ws, "src.txt", "s".getBytes(StandardCharsets.UTF_8));

    Http.Answer answer = op(ws, "src.txt", Map.of("op", "move"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_parameter");
  }

  @Test
  void anUnknownOpIsAnInvalidParameter() {
    String ws = createWorkspace("Frobnicate");

    Http.Answer answer = op(ws, "x.txt", Map.of("op", "frobnicate"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_parameter");
    assertThat(emulator.takeViolations())
        .singleElement()
        .asString()
        .contains("validation.request.body.schema.enum");
  }

  @Test
  void aBodyThatIsNotJsonIsRejected() {
    String ws = createWorkspace("NotJson");

    Http.Answer answer =
        http.send(
            http.request(files(ws) + "/x.txt")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("mkdir please")));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(emulator.takeViolations())
        .anyMatch(v -> v.contains("validation.request.contentType.notAllowed"));
  }

  @Test
  void deleteRemovesAFileOrADirectoryWithItsContents() {
    String ws = createWorkspace("Delete");
    upload(ws, "keep.txt", "k".getBytes(StandardCharsets.UTF_8));
    upload(ws, "dir/inner.txt", "i".getBytes(StandardCharsets.UTF_8));

    assertThat(http.delete(files(ws) + "/dir").status()).isEqualTo(204);
    assertThat(http.delete(files(ws) + "/keep.txt").status()).isEqualTo(204);

    assertThat(paths(ws)).isEmpty();
    assertThat(http.delete(files(ws) + "/keep.txt").status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "noextension",
        "tool.exe",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.txt"
      })
  void invalidFilePathsAreRejectedAtUploadInit(String path) {
    Http.Answer answer = uploadInit(createWorkspace("Paths"), path);

    assertThat(answer.status()).as(path).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_parameter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UPPERCASE.txt", "has%20space.txt"})
  void pathsTheSpecPatternForbidsAreRejectedAndFlagged(String path) {
    Http.Answer answer = uploadInit(createWorkspace("Patterns"), path);

    assertThat(answer.status()).as(path).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_parameter");
    assertThat(emulator.takeViolations()).singleElement().asString().contains("pattern");
  }

  private Http.Answer uploadInit(String ws, String encodedPath) {
    return op(
        ws, encodedPath, Map.of("op", "upload-init", "size", 1, "sha256", sha256(new byte[1])));
  }
}
