package org.outturn.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.outturn.benchmarks.PeakHeapProfiler}) that reports, per iteration, the
 * most heap in use at any one time ({@code heap.peak}), the most still in use after a collection
 * ({@code heap.live}, the working set) and the heap's limit ({@code heap.max}, {@code -Xmx}), in MB of
 * 2<sup>20</sup> bytes, each the largest over the iterations.
 *
 * <p>Heap in use grows by allocation until a collection, so its peak is the largest heap use just before a
 * collection, or at the iteration's end: the profiler listens to the collectors' notifications and sums
 * {@code GcInfo.getMemoryUsageBeforeGc()} (and {@code ...AfterGc()}) over the heap's pools (G1's eden,
 * survivor and old spaces). Notifications arrive on a JMX thread shortly after each collection; one that
 * arrives after the iteration has ended counts towards the next.
 */
public final class PeakHeapProfiler implements InternalProfiler {

    private static final double MB = 1024.0 * 1024.0;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();

    /** Listens to every collector of this JVM from now on. */
    public PeakHeapProfiler() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()),
                                heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
                    }
                }, null, null);
            }
        }
    }

    /** The bytes used in the heap's pools of a collection's before or after picture. */
    private long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    private void record(long before, long after) {
        peak.accumulateAndGet(before, Math::max);
        live.accumulateAndGet(after, Math::max);
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        peak.set(0);
        live.set(0);
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        return measure();
    }

    /** This iteration's figures so far, the heap in use now counting towards the peak. */
    List<ScalarResult> measure() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(now, Math::max);
        return List.of(
                new ScalarResult("heap.peak", peak.get() / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.live", live.get() / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.max", Runtime.getRuntime().maxMemory() / MB, "MB", AggregationPolicy.MAX));
    }

    @Override
    public String getDescription() {
        return "Peak and live heap in use during each iteration, from the collectors' notifications";
    }
}
