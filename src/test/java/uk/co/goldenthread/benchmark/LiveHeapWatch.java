package uk.co.goldenthread.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use just after any garbage collection while it watches, the live objects then plus what the
 * collection left (an upper bound of the live set); beside it, the pools' peak use counts garbage not yet collected,
 * which with a large -Xmx mostly measures how long the collector waited.
 */
final class LiveHeapWatch implements AutoCloseable {

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> removals = new ArrayList<>();

    LiveHeapWatch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(collector instanceof NotificationEmitter emitter)) {
                continue;
            }
            NotificationListener listener = (notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).map(e -> e.getValue())
                        .mapToLong(MemoryUsage::getUsed).sum();
                collections.incrementAndGet();
                maxAfterGc.accumulateAndGet(used, Math::max);
            };
            emitter.addNotificationListener(listener, null, null);
            removals.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException gone) {
                    // already removed
                }
            });
        }
    }

    /** MB in use after the fullest collection so far, or -1 when none ran. */
    long maxAfterGcMb() {
        return collections.get() == 0 ? -1 : maxAfterGc.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        removals.forEach(Runnable::run);
    }
}
