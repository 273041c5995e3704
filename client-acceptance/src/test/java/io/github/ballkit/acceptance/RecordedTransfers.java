package io.github.ballkit.acceptance;

import io.github.ballkit.core.Transfer;
import io.github.ballkit.core.TransferListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A transfer listener that writes each event down, e.g. {@code progress 512/2048}. */
final class RecordedTransfers implements TransferListener {
  final List<String> lines = new CopyOnWriteArrayList<>();
  final List<Long> done = new CopyOnWriteArrayList<>();
  volatile long total = Long.MIN_VALUE;

  @Override
  public void progress(Transfer transfer, long bytesDone, long bytesTotal) {
    done.add(bytesDone);
    total = bytesTotal;
    lines.add("progress " + transfer + " " + bytesDone + "/" + bytesTotal);
  }

  @Override
  public void rateLimitWait(Transfer transfer, Duration wait) {
    lines.add("wait " + transfer + " " + wait);
  }

  @Override
  public void finished(Transfer transfer, long bytes) {
    lines.add("finished " + transfer + " " + bytes);
  }

  List<String> starting(String prefix) {
    return lines.stream().filter(line -> line.startsWith(prefix + " ")).toList();
  }
}
