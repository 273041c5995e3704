package io.github.ballkit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures heap use while something runs, two ways:
 *
 * <ul>
 *   <li><b>peak used</b>: the highest heap occupancy seen, from {@link MemoryMXBean} sampled every
 *       millisecond and from each collection's "before" figure (GC notifications), so a peak
 *       between two samples is not missed. It includes garbage not yet collected, so it grows with
 *       {@code -Xmx} (a big heap is simply collected later);
 *   <li><b>peak live</b>: the highest occupancy right <em>after</em> a collection during the run,
 *       i.e. what was still reachable: the memory the operation really needs.
 * </ul>
 */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong(-1);
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapSampler() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                record(peakUsed, memory.getHeapMemoryUsage().getUsed());
                try {
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts sampling now. */
  static HeapSampler start() {
    return new HeapSampler();
  }

  /**
   * Heap used right now, after full collections: the baseline before an operation. Waits a little
   * afterwards so the notifications of these collections are not taken for the next run's.
   */
  static long usedAfterFullGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Thread.sleep(300);
    return used;
  }

  long peakUsed() {
    return peakUsed.get();
  }

  /** The highest post-collection occupancy, or -1 when no collection ran. */
  long peakLive() {
    return peakLive.get();
  }

  long collections() {
    return collections.get();
  }

  private void onGc(Notification notification, Object handback) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (info.getGcAction().contains("end of GC cycle") || info.getGcName().contains("Concurrent")) {
      // G1's concurrent cycle reports the same pools as the pauses around it; skip it.
      return;
    }
    collections.incrementAndGet();
    record(peakUsed, heapTotal(info.getGcInfo().getMemoryUsageBeforeGc()));
    record(peakLive, heapTotal(info.getGcInfo().getMemoryUsageAfterGc()));
  }

  private long heapTotal(Map<String, MemoryUsage> pools) {
    long total = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        total += pool.getValue().getUsed();
      }
    }
    return total;
  }

  private static void record(AtomicLong peak, long value) {
    peak.accumulateAndGet(value, Math::max);
  }

  @Override
  public void close() {
    try {
      // GC notifications arrive asynchronously: give the last ones time to come in.
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    running = false;
    sampler.interrupt();
    try {
      sampler.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
