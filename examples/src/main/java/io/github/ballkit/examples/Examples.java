package io.github.ballkit.examples;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.examples.ballchasing.DownloadGroup;
import io.github.ballkit.examples.ballchasing.PlayerReplays;
import io.github.ballkit.examples.ballchasing.UploadFolderToGroup;
import io.github.ballkit.examples.ballistica.ShowAccount;
import io.github.ballkit.examples.ballistica.SyncModFolder;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs every example, against the embedded emulators by default (no token, no network).
 *
 * <p>{@code --live} runs against the real services with {@code BALLCHASING_API_KEY} / {@code
 * BALLISTICA_API_KEY}; there the upload example needs {@code --replays <folder>} of real replays,
 * and the listing example takes {@code --player <name>}. Errors print the typed error's message.
 */
public final class Examples {
  private static final String DEMO_TOKEN = "demo-token";

  private Examples() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(List.of(args));
    int status = run(options, System.out, System.getenv());
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the examples; returns a process exit status. */
  public static int run(Options options, PrintStream out, Map<String, String> env)
      throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("ballkit-examples");
    Progress progress = new Progress(out);
    try {
      if (options.live()) {
        return runLive(options, progress, out, env, work);
      }
      try (BallchasingEmulator ballchasingServer =
              BallchasingEmulator.builder().processingDelay(Duration.ofSeconds(2)).start();
          BallisticaEmulator ballisticaServer =
              BallisticaEmulator.builder().account(DEMO_TOKEN, "DemoModder").start()) {
        out.println("Running against embedded emulators (pass --live for the real services)");
        BallchasingClient ballchasing =
            BallchasingClient.builder()
                .token(DEMO_TOKEN)
                .baseUrl(ballchasingServer.baseUrl())
                .sleeper(progress)
                .build();
        BallisticaClient ballistica =
            BallisticaClient.builder()
                .token(DEMO_TOKEN)
                .baseUrl(ballisticaServer.baseUrl())
                .sleeper(progress)
                .build();
        Path replays = SampleData.replayFolder(work.resolve("replays"), 4);
        runBallchasing(ballchasing, replays, null, progress, out, work);
        runBallistica(ballistica, SampleData.modFolder(work.resolve("mymod")), progress, out);
        ballchasingServer.assertNoViolations();
        ballisticaServer.assertNoViolations();
        out.println();
        out.println("All examples finished; every exchange matched the specs.");
        return 0;
      }
    } catch (BallkitException e) {
      out.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static int runLive(
      Options options, Progress progress, PrintStream out, Map<String, String> env, Path work)
      throws IOException, InterruptedException {
    boolean any = false;
    if (env.containsKey(BallchasingClient.TOKEN_VARIABLE)) {
      any = true;
      BallchasingClient client =
          BallchasingClient.builder()
              .environment(env)
              .sleeper(progress)
              .callTimeout(Duration.ofMinutes(10))
              .build()
              .withTierFromPing();
      out.println(
          "ballchasing.com as " + client.ping().name() + ", tier " + client.tier().orElseThrow());
      if (options.replays() == null) {
        out.println("(skipping the upload example: pass --replays <folder of .replay files>)");
        PlayerReplays.run(client, options.player(), 50, out);
      } else {
        runBallchasing(client, options.replays(), options.player(), progress, out, work);
      }
    }
    if (env.containsKey(BallisticaClient.TOKEN_VARIABLE)) {
      any = true;
      BallisticaClient client =
          BallisticaClient.builder().environment(env).sleeper(progress).build();
      Path mod =
          options.modFolder() != null
              ? options.modFolder()
              : SampleData.modFolder(work.resolve("mymod"));
      runBallistica(client, mod, progress, out);
    }
    if (!any) {
      out.println(
          "error: --live needs "
              + BallchasingClient.TOKEN_VARIABLE
              + " and/or "
              + BallisticaClient.TOKEN_VARIABLE
              + " in the environment");
      return 2;
    }
    return 0;
  }

  static void runBallchasing(
      BallchasingClient client,
      Path replays,
      String player,
      Progress progress,
      PrintStream out,
      Path work)
      throws IOException, InterruptedException {
    out.println();
    out.println("== ballchasing: upload a folder of replays into a new group ==");
    UploadFolderToGroup.Result result =
        UploadFolderToGroup.run(
            client, replays, "ballkit demo", Duration.ofMinutes(2), progress, out);
    out.println();
    out.println("== ballchasing: every replay of a player, across all pages ==");
    String someone =
        player != null || result.group().players() == null || result.group().players().isEmpty()
            ? player
            : result.group().players().get(0).name();
    PlayerReplays.run(client, someone == null ? "Quixtic" : someone, 2, out);
    out.println();
    out.println("== ballchasing: download the files of the group ==");
    DownloadGroup.run(client, result.groupId(), work.resolve("downloads"), progress, out);
  }

  static void runBallistica(BallisticaClient client, Path mod, Progress progress, PrintStream out)
      throws IOException {
    out.println();
    out.println("== Ballistica: my account ==");
    ShowAccount.run(client, out);
    out.println();
    out.println("== Ballistica: sync a mod folder into a workspace ==");
    SyncModFolder.run(client, mod, "ballkit demo", true, progress, out);
    out.println();
    out.println("== Ballistica: sync again (nothing changed) ==");
    SyncModFolder.run(client, mod, "ballkit demo", true, progress, out);
  }

  /** Command-line options. */
  public record Options(boolean live, Path replays, String player, Path modFolder) {
    static Options parse(List<String> args) {
      boolean live = false;
      Path replays = null;
      Path mod = null;
      String player = "Quixtic";
      for (int i = 0; i < args.size(); i++) {
        switch (args.get(i)) {
          case "--live" -> live = true;
          case "--replays" -> replays = Path.of(args.get(++i));
          case "--player" -> player = args.get(++i);
          case "--mod" -> mod = Path.of(args.get(++i));
          default -> throw new IllegalArgumentException("unknown option " + args.get(i));
        }
      }
      return new Options(live, replays, player, mod);
    }

    /** The defaults: emulators, sample data. */
    public static Options embedded() {
      return new Options(false, null, "Quixtic", null);
    }
  }
}
