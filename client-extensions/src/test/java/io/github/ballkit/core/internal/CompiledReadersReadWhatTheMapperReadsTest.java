package io.github.ballkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Request;
import feign.Response;
import io.github.ballkit.ballchasing.internal.BallchasingJsonReaders;
import io.github.ballkit.ballchasing.model.Group;
import io.github.ballkit.ballchasing.model.GroupPage;
import io.github.ballkit.ballchasing.model.Ping;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPage;
import io.github.ballkit.ballchasing.model.ReplaySummary;
import io.github.ballkit.ballistica.internal.BallisticaJsonReaders;
import io.github.ballkit.ballistica.model.AccountResponse;
import io.github.ballkit.ballistica.model.FileOperation;
import io.github.ballkit.ballistica.model.UploadInit;
import io.github.ballkit.ballistica.model.WorkspaceFilesResponse;
import io.github.ballkit.ballistica.model.WorkspaceResponse;
import io.github.ballkit.ballistica.model.WorkspacesResponse;
import io.github.ballkit.core.MalformedResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The compiled readers ({@code *JsonReaders}) either give exactly the value the shared mapper gives
 * for a body the mapper accepts whole (nothing the spec requires missing), or leave the body to the
 * mapper: on hand-written bodies, on the real captures, and on thousands of mutations of both
 * (values of another JSON type, out-of-range numbers, other date forms, removed, repeated and
 * unknown properties). And the decoder uses them: a well-formed body is decoded without the mapper.
 */
class CompiledReadersReadWhatTheMapperReadsTest {
  private static final ObjectMapper JSON = Json.shared();
  private static final int MUTATIONS = 400;

  private static final List<Base> WRITTEN =
      List.of(
          new Base(
              BallchasingJsonReaders.INSTANCE,
              Ping.class,
              "{\"chaser\":true,\"name\":\"someone\",\"steam_id\":\"7656\",\"type\":\"gold\","
                  + "\"chat\":{\"a\":\"b\"},\"quota\":{\"n\":1,\"big\":12345678901,\"f\":0.5,"
                  + "\"huge\":123456789012345678901234,\"list\":[1,\"x\",null,{\"k\":[]}]},"
                  + "\"ball\":null,\"novel\":{\"deep\":[true,false]}}"),
          new Base(
              BallchasingJsonReaders.INSTANCE,
              Ping.class,
              "{\"chaser\":false,\"name\":\"x\",\"steam_id\":\"1\",\"type\":\"a-tier-from-2030\"}"),
          new Base(
              BallisticaJsonReaders.INSTANCE,
              AccountResponse.class,
              "{\"id\":\"a-1\",\"tag\":\"t\",\"create_time\":\"2026-01-09T12:00:00.123456Z\","
                  + "\"last_active_day\":\"2026-04-18\",\"total_active_days\":3}"),
          new Base(
              BallisticaJsonReaders.INSTANCE,
              AccountResponse.class,
              "{\"id\":\"a-2\",\"tag\":\"t\",\"create_time\":\"2026-01-09T12:00:00-05:30\","
                  + "\"last_active_day\":\"2026-02-28\",\"total_active_days\":0,\"x\":1.0}"),
          new Base(
              BallisticaJsonReaders.INSTANCE,
              WorkspaceFilesResponse.class,
              "{\"entries\":[{\"path\":\"a/b.py\",\"type\":\"file\",\"size\":12,"
                  + "\"modified_time\":\"2026-03-01T00:00:00+00:00\"},{\"path\":\"a\","
                  + "\"type\":\"directory\"},{\"path\":\"c\",\"type\":\"symlink\",\"size\":null}]}"),
          new Base(
              BallisticaJsonReaders.INSTANCE,
              UploadInit.class,
              "{\"status\":\"upload_required\",\"session_id\":\"s\",\"upload_url\":\"https://u\","
                  + "\"upload_headers\":{\"Content-Type\":\"application/zip\"},"
                  + "\"expires_at\":1767225600}"),
          new Base(
              BallisticaJsonReaders.INSTANCE,
              FileOperation.class,
              "{\"op\":\"copy\",\"dest\":\"x.py\",\"size\":3}"));

  @Test
  void hand_written_bodies_are_read_without_the_mapper_and_as_it_reads_them() throws IOException {
    for (Base base : WRITTEN) {
      assertReadAsTheMapperReads(base);
    }
  }

  @Test
  void mutated_bodies_are_read_as_the_mapper_reads_them_or_left_to_it() throws IOException {
    int[] counts = mutate(WRITTEN, new Random(20261203));
    // both outcomes occur: the readers are neither bypassed nor refusing everything
    assertThat(counts[0]).as("read by the compiled readers").isGreaterThan(MUTATIONS);
    assertThat(counts[1]).as("left to the mapper").isGreaterThan(MUTATIONS);
  }

  @Test
  void the_real_captures_are_read_without_the_mapper_and_as_it_reads_them() throws IOException {
    List<Base> captures = captures();
    for (Base capture : captures) {
      assertReadAsTheMapperReads(capture);
    }
    mutate(captures, new Random(7));
  }

  @Test
  void the_decoder_reads_a_well_formed_body_without_the_mapper() throws IOException {
    BallkitDecoder decoder =
        new BallkitDecoder(
            () -> {
              throw new AssertionError("the mapper was used");
            },
            BallisticaJsonReaders.INSTANCE,
            new Redactor("secret-token"),
            1 << 20);
    Object account = decoder.decode(response(WRITTEN.get(2).body()), AccountResponse.class);

    assertThat(account).isEqualTo(JSON.readValue(WRITTEN.get(2).body(), AccountResponse.class));
  }

  @Test
  void a_body_left_to_the_mapper_fails_as_it_did_without_the_readers() {
    String lacking = "{\"id\":\"a-1\",\"tag\":\"t\",\"total_active_days\":\"many\"}";
    BallkitDecoder with =
        new BallkitDecoder(
            Json::shared, BallisticaJsonReaders.INSTANCE, new Redactor("secret-token"), 1 << 20);
    BallkitDecoder without = new BallkitDecoder(Json::shared, null, new Redactor("t0"), 1 << 20);

    String expected = failure(without, lacking);
    assertThatThrownBy(() -> with.decode(response(lacking), AccountResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage(expected);
    String missing = "{\"id\":\"a-1\",\"tag\":\"t\"}";
    assertThatThrownBy(() -> with.decode(response(missing), AccountResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage(failure(without, missing))
        .hasMessageContaining("create_time");
  }

  private static String failure(BallkitDecoder decoder, String body) {
    try {
      decoder.decode(response(body), AccountResponse.class);
    } catch (MalformedResponseException | IOException e) {
      return e.getMessage();
    }
    throw new AssertionError("decoded " + body);
  }

  /** A base body the readers must read: the same value as the mapper's, without falling back. */
  private static void assertReadAsTheMapperReads(Base base) throws IOException {
    byte[] body = base.body().getBytes(StandardCharsets.UTF_8);
    Object compiled;
    try {
      compiled = JsonReading.read(base.models(), base.type(), body);
    } catch (JsonReading.Unreadable unreadable) {
      throw new AssertionError(base.type().getSimpleName() + " left to the mapper: " + base.body());
    }
    assertThat(compiled).as(base.body()).isEqualTo(JSON.readValue(body, base.type()));
    assertThat(String.valueOf(compiled))
        .isEqualTo(String.valueOf(JSON.readValue(body, base.type())));
  }

  /** Checks mutations of each body; returns how many were read and how many left to the mapper. */
  private static int[] mutate(List<Base> bases, Random random) throws IOException {
    int[] counts = new int[2];
    for (Base base : bases) {
      JsonNode tree = JSON.readTree(base.body());
      for (int i = 0; i < MUTATIONS; i++) {
        JsonNode copy = tree.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(copy, containers);
        String body = write(copy, containers, random);
        counts[check(base, body)]++;
      }
    }
    return counts;
  }

  /** 0 when the readers read the body (and agree with the mapper), 1 when they leave it. */
  private static int check(Base base, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    Object compiled;
    try {
      compiled = JsonReading.read(base.models(), base.type(), body);
    } catch (IOException leftToTheMapper) {
      return 1;
    }
    Object mapped;
    try {
      mapped = JSON.readValue(body, base.type());
    } catch (IOException e) {
      throw new AssertionError("the readers read what the mapper refuses (" + e + "): " + text);
    }
    assertThat(compiled).as(text).isEqualTo(mapped);
    assertThat(String.valueOf(compiled)).as(text).isEqualTo(String.valueOf(mapped));
    assertThat(MissingProperties.in(JSON.getFactory(), body, JSON.constructType(base.type())))
        .as("the readers read a body lacking required properties: " + text)
        .isEmpty();
    return 0;
  }

  private static final String[] VALUES = {
    "null",
    "\"text\"",
    "\"\"",
    "0",
    "-1",
    "7",
    "2147483648",
    "-9223372036854775809",
    "9223372036854775807",
    "1.5",
    "-0.0",
    "1e3",
    "true",
    "false",
    "{}",
    "[]",
    "{\"x\":1}",
    "[1,\"a\",null]",
    "\"2024-05-01T12:30:00Z\"",
    "\"2024-05-01T12:30:00.5+01:00\"",
    "\"2024-05-01T12:30:00+0100\"",
    "\"2024-05-01T12:30Z\"",
    "\"2024-02-30T12:30:00Z\"",
    "\" 2024-05-01T12:30:00Z\"",
    "\"2024-05-01\"",
    "\"2024-5-1\"",
    "\"12\"",
    "\"true\"",
    "\"gold\"",
    "\"upload\"",
    "\"file\"",
    "\"never-seen\"",
    "\"NaN\""
  };

  /** Writes the tree with one random change: a value replaced, a property removed or repeated. */
  private static String write(JsonNode tree, List<JsonNode> containers, Random random)
      throws IOException {
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode repeatIn = null;
    int kind = random.nextInt(10);
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (kind == 0) {
        object.remove(name);
      } else if (kind == 1) {
        repeatIn = object;
      } else if (kind == 2) {
        object.set("unknown_" + random.nextInt(3), value(random));
      } else {
        object.set(name, value(random));
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      array.set(random.nextInt(array.size()), value(random));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
      writeTree(generator, tree, repeatIn);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode value(Random random) throws IOException {
    return JSON.readTree(VALUES[random.nextInt(VALUES.length)]);
  }

  /** Writes a tree, its first property twice in the object {@code repeatIn}. */
  private static void writeTree(JsonGenerator out, JsonNode node, JsonNode repeatIn)
      throws IOException {
    if (node.isObject()) {
      out.writeStartObject();
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.writeFieldName(field.getKey());
        writeTree(out, field.getValue(), repeatIn);
        if (first && node == repeatIn) {
          out.writeFieldName(field.getKey());
          writeTree(out, field.getValue(), repeatIn);
        }
        first = false;
      }
      out.writeEndObject();
    } else if (node.isArray()) {
      out.writeStartArray();
      for (JsonNode element : node) {
        writeTree(out, element, repeatIn);
      }
      out.writeEndArray();
    } else {
      out.writeTree(node);
    }
  }

  private static void collect(JsonNode node, Collection<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static Response response(String body) {
    return Response.builder()
        .status(200)
        .headers(Map.of("Content-Type", List.of("application/json")))
        .request(
            Request.create(
                Request.HttpMethod.GET, "http://h/x", Map.of(), null, StandardCharsets.UTF_8, null))
        .body(body, StandardCharsets.UTF_8)
        .build();
  }

  private static List<Base> captures() throws IOException {
    Path fixtures = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/fixtures"))) {
        fixtures = dir.resolve("shared/fixtures");
        break;
      }
    }
    Assumptions.assumeTrue(
        fixtures != null, "skipped: no shared/fixtures beside the project (CI has them)");
    JsonReading.Models ballchasing = BallchasingJsonReaders.INSTANCE;
    JsonReading.Models ballistica = BallisticaJsonReaders.INSTANCE;
    List<Base> captures = new ArrayList<>();
    Object[][] files = {
      {ballchasing, Replay.class, "ballchasing/replay.json"},
      {ballchasing, Replay.class, "ballchasing/replay-training.json"},
      {ballchasing, ReplayPage.class, "ballchasing/replay-list.json"},
      {ballchasing, ReplaySummary.class, "ballchasing/replay-summary-training.json"},
      {ballchasing, ReplaySummary.class, "ballchasing/replay-summary-w-bot.json"},
      {ballchasing, ReplaySummary.class, "ballchasing/replay-summary-wo-duration.json"},
      {ballchasing, ReplaySummary.class, "ballchasing/replay-summary-wo-player-name.json"},
      {ballchasing, Group.class, "ballchasing/group.json"},
      {ballchasing, Group.class, "ballchasing/group-wo-players.json"},
      {ballchasing, GroupPage.class, "ballchasing/group-list.json"},
      {ballistica, AccountResponse.class, "ballistica/account.json"},
      {ballistica, WorkspaceResponse.class, "ballistica/workspace.json"},
      {ballistica, WorkspacesResponse.class, "ballistica/workspaces.json"},
      {ballistica, WorkspaceFilesResponse.class, "ballistica/workspace-files.json"},
    };
    for (Object[] file : files) {
      captures.add(
          new Base(
              (JsonReading.Models) file[0],
              (Class<?>) file[1],
              Files.readString(fixtures.resolve((String) file[2]))));
    }
    return captures;
  }

  private record Base(JsonReading.Models models, Class<?> type, String body) {}
}
