package io.github.ballkit.examples;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.core.BallkitException;
import io.github.ballkit.examples.ballchasing.DownloadGroup;
import io.github.ballkit.examples.ballchasing.ExportStats;
import io.github.ballkit.examples.ballchasing.PlayerReplays;
import io.github.ballkit.examples.ballchasing.UploadFolderToGroup;
import io.github.ballkit.examples.ballistica.ShowAccount;
import io.github.ballkit.examples.ballistica.SyncModFolder;
import io.github.ballkit.testkit.BallchasingEmulator;
import io.github.ballkit.testkit.BallisticaEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs every example, against the embedded emulators by default (no token, no network).
 *
 * <p>{@code --live} runs against the real services with {@code BALLCHASING_API_KEY} / {@code
 * BALLISTICA_API_KEY}; there the upload example needs {@code --replays <folder>} of real replays,
 * and the listing example takes {@code --player <name>}, {@code --since <date>} and {@code --max
 * <count>}. A bad command line prints the usage (exit 2); a failed call or file operation prints
 * {@code error: } and the message (exit 1). See {@link Options}.
 */
public final class Examples {
  private static final String DEMO_TOKEN = "demo-token";
  private static final String DEFAULT_PLAYER = "Quixtic";
  private static final int EMULATOR_PAGE_SIZE = 2;
  private static final int LIVE_PAGE_SIZE = 200;

  private Examples() {}

  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.out, System.err, System.getenv());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * The command line, in process: parses the arguments, runs the examples and reports errors,
   * returning the exit status instead of exiting.
   *
   * @return 0 on success, 1 when an example failed, 2 for a bad command line or missing tokens
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env)
      throws InterruptedException {
    Options options;
    try {
      options = Options.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(Options.USAGE);
      return 2;
    }
    return run(options, out, err, env);
  }

  /** Runs the examples; returns a process exit status. */
  public static int run(Options options, PrintStream out, PrintStream err, Map<String, String> env)
      throws InterruptedException {
    return run(options, out, err, env, Path.of(System.getProperty("java.io.tmpdir")));
  }

  static int run(
      Options options, PrintStream out, PrintStream err, Map<String, String> env, Path tmp)
      throws InterruptedException {
    try {
      requireFolder(options.replays());
      requireFolder(options.modFolder());
      try (WorkFolder work = WorkFolder.create(tmp, options.keep(), out)) {
        return options.live()
            ? runLive(options, out, err, env, work.path())
            : runEmbedded(options, out, work.path());
      }
    } catch (BallkitException e) {
      err.println("error: " + e.getMessage());
    } catch (IOException e) {
      err.println("error: " + describe(e));
    } catch (UncheckedIOException e) {
      err.println("error: " + describe(e.getCause()));
    }
    return 1;
  }

  private static void requireFolder(Path folder) throws NoSuchFileException {
    if (folder != null && !Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "no such folder");
    }
  }

  private static String describe(IOException e) {
    if (e instanceof FileSystemException failed && failed.getReason() == null) {
      String what =
          e instanceof NoSuchFileException
              ? "no such file or folder"
              : e instanceof AccessDeniedException ? "access denied" : e.getClass().getSimpleName();
      return failed.getFile() + ": " + what;
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private static int runEmbedded(Options options, PrintStream out, Path work)
      throws IOException, InterruptedException {
    Progress progress = new Progress(out);
    try (BallchasingEmulator ballchasingServer =
            BallchasingEmulator.builder().processingDelay(Duration.ofSeconds(2)).start();
        BallisticaEmulator ballisticaServer =
            BallisticaEmulator.builder().account(DEMO_TOKEN, "DemoModder").start()) {
      out.println("Running against embedded emulators (pass --live for the real services)");
      BallchasingClient ballchasing =
          BallchasingClient.builder()
              .token(DEMO_TOKEN)
              .baseUrl(ballchasingServer.baseUrl())
              .eventListener(progress)
              .build();
      BallisticaClient ballistica =
          BallisticaClient.builder()
              .token(DEMO_TOKEN)
              .baseUrl(ballisticaServer.baseUrl())
              .eventListener(progress)
              .build();
      Path replays =
          options.replays() != null
              ? options.replays()
              : SampleData.replayFolder(work.resolve("replays"), 4);
      PlayerReplays.Listing listing =
          new PlayerReplays.Listing(EMULATOR_PAGE_SIZE, options.max(), options.since());
      runBallchasing(ballchasing, replays, options.player(), listing, progress, out, work);
      runBallistica(ballistica, options.modFolder(), progress, out, work);
      ballchasingServer.assertNoViolations();
      ballisticaServer.assertNoViolations();
      out.println();
      out.println("All examples finished; every exchange matched the specs.");
      return 0;
    }
  }

  private static int runLive(
      Options options, PrintStream out, PrintStream err, Map<String, String> env, Path work)
      throws IOException, InterruptedException {
    Progress progress = new Progress(out);
    boolean any = false;
    if (env.containsKey(BallchasingClient.TOKEN_VARIABLE)) {
      any = true;
      BallchasingClient client =
          BallchasingClient.builder()
              .environment(env)
              .eventListener(progress)
              .callTimeout(Duration.ofMinutes(10))
              .build()
              .withTierFromPing();
      out.println(
          "ballchasing.com as " + client.ping().name() + ", tier " + client.tier().orElseThrow());
      PlayerReplays.Listing listing =
          new PlayerReplays.Listing(LIVE_PAGE_SIZE, options.max(), options.since());
      if (options.replays() == null) {
        out.println("(skipping the upload example: pass --replays <folder of .replay files>)");
        PlayerReplays.run(client, player(options), listing, out);
      } else {
        runBallchasing(client, options.replays(), player(options), listing, progress, out, work);
      }
    }
    if (env.containsKey(BallisticaClient.TOKEN_VARIABLE)) {
      any = true;
      BallisticaClient client =
          BallisticaClient.builder().environment(env).eventListener(progress).build();
      runBallistica(client, options.modFolder(), progress, out, work);
    }
    if (!any) {
      err.println(
          "error: --live needs "
              + BallchasingClient.TOKEN_VARIABLE
              + " and/or "
              + BallisticaClient.TOKEN_VARIABLE
              + " in the environment");
      return 2;
    }
    return 0;
  }

  private static String player(Options options) {
    return options.player() == null ? DEFAULT_PLAYER : options.player();
  }

  static void runBallchasing(
      BallchasingClient client,
      Path replays,
      String player,
      PlayerReplays.Listing listing,
      Progress progress,
      PrintStream out,
      Path work)
      throws IOException, InterruptedException {
    out.println();
    out.println("== ballchasing: upload a folder tree of replays into a new group ==");
    UploadFolderToGroup.Result result =
        UploadFolderToGroup.run(
            client, replays, "ballkit demo", Duration.ofMinutes(2), progress, out);
    out.println();
    out.println("== ballchasing: the replays of a player, across pages ==");
    String someone =
        player != null || result.group().players() == null || result.group().players().isEmpty()
            ? player
            : result.group().players().get(0).name();
    PlayerReplays.run(client, someone == null ? DEFAULT_PLAYER : someone, listing, out);
    out.println();
    out.println("== ballchasing: download the files of the group tree into a folder ==");
    DownloadGroup.run(client, result.groupId(), work.resolve("downloads"), progress, out);
    out.println();
    out.println("== ballchasing: download again (resumes: nothing to fetch) ==");
    DownloadGroup.run(client, result.groupId(), work.resolve("downloads"), progress, out);
    out.println();
    out.println("== ballchasing: export the group's player stats as CSV ==");
    ExportStats.run(client, result.groupId(), work.resolve("players.csv"), out);
  }

  /**
   * Shows the account and syncs a mod folder twice: the user's folder as it is, or a sample folder
   * changed between the runs (one file edited, one file and its folder deleted) to show what a sync
   * uploads and deletes.
   */
  static void runBallistica(
      BallisticaClient client, Path userMod, Progress progress, PrintStream out, Path work)
      throws IOException {
    out.println();
    out.println("== Ballistica: my account ==");
    ShowAccount.run(client, out);
    out.println();
    out.println("== Ballistica: sync a mod folder into a workspace ==");
    Path mod = userMod != null ? userMod : SampleData.modFolder(work.resolve("mymod"));
    SyncModFolder.run(client, mod, "ballkit demo", true, progress, out);
    out.println();
    if (userMod == null) {
      out.println("== Ballistica: sync again after local changes ==");
      SampleData.changeModFolder(mod, out);
    } else {
      out.println("== Ballistica: sync again (nothing changed) ==");
    }
    SyncModFolder.run(client, mod, "ballkit demo", true, progress, out);
  }
}
