package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.StatsCsv;
import io.github.ballkit.ballchasing.model.PlayerCoreStats;
import io.github.ballkit.ballchasing.model.PlayerStats;
import io.github.ballkit.ballchasing.model.Replay;
import io.github.ballkit.ballchasing.model.ReplayPlayer;
import io.github.ballkit.ballchasing.model.ReplayStatus;
import io.github.ballkit.ballchasing.model.ReplayTeam;
import io.github.ballkit.ballchasing.model.TeamColor;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The export streams: each replay's rows reach the writer before the next replay is taken, so
 * 10,000 replays (or any number) never sit in memory together.
 */
class StatsCsvStreamsTest {
  private static final int REPLAYS = 10_000;

  /** Counts lines, keeping nothing. */
  private static final class LineCounter extends Writer {
    long lines;

    @Override
    public void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static Replay replay(int n) {
    List<ReplayPlayer> players =
        List.of(
            ReplayPlayer.builder()
                .name("player " + n)
                .stats(
                    PlayerStats.builder()
                        .core(PlayerCoreStats.builder().goals((double) (n % 5)).build())
                        .build())
                .build());
    return Replay.builder()
        .id("replay-" + n)
        .status(ReplayStatus.OK)
        .blue(ReplayTeam.builder().color(TeamColor.BLUE).players(players).build())
        .orange(ReplayTeam.builder().color(TeamColor.ORANGE).players(players).build())
        .build();
  }

  @Test
  void tenThousandReplaysAreWrittenOneByOne() throws Exception {
    LineCounter out = new LineCounter();
    Iterator<Replay> source =
        new Iterator<>() {
          private int taken;

          @Override
          public boolean hasNext() {
            return taken < REPLAYS;
          }

          @Override
          public Replay next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            // by now the header and two rows for each replay taken so far have been written
            assertThat(out.lines).isEqualTo(1 + 2L * taken);
            return replay(++taken);
          }
        };

    long rows = StatsCsv.players().write(source, out);

    assertThat(rows).isEqualTo(2L * REPLAYS);
    assertThat(out.lines).isEqualTo(1 + 2L * REPLAYS);
  }
}
