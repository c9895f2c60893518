package cn.taizhang.platform;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database at most once per {@code ttl}: for reference data (catalogues,
 * departments) that every request needs and hardly ever changes. A change made here calls
 * {@link #invalidate()}; another instance's change shows within the ttl.
 */
public final class Expiring<T> {

    private record Snapshot<T>(T value, long loadedAt) {
    }

    private final Duration ttl;
    private final Supplier<T> loader;
    private volatile Snapshot<T> snapshot;

    public Expiring(Duration ttl, Supplier<T> loader) {
        this.ttl = ttl;
        this.loader = loader;
    }

    public T get() {
        Snapshot<T> current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.loadedAt() > ttl.toNanos()) {
            current = new Snapshot<>(loader.get(), now);
            snapshot = current;
        }
        return current.value();
    }

    /** Forgets the value now and, inside a transaction, once more after it commits (so no reader caches the old state). */
    public void invalidate() {
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        }
    }
}
