package cn.taizhang.platform.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows written behind the request that produced them: queued, then written by one thread in batches, a
 * failed batch retried until it is written. After the first row of a batch the writer lingers (50 ms) for
 * more to gather: without it every two or three rows cost a transaction of their own (some 470 a second
 * while creating 1,000 cases a second, pg_stat_statements); with it, about 20. For records that follow a
 * change already committed (the change's audit row), so that the request does not wait for a second
 * transaction. {@link #flush} waits until everything queued before it is written, which a reader of those
 * rows calls first; {@link #close} writes what is left. A full queue makes the producer wait.
 */
public final class WriteBehind<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);
    private static final int CAPACITY = 50_000;
    private static final int BATCH = 500;
    private static final Duration LINGER = Duration.ofMillis(50);

    private final Consumer<List<T>> write;
    private final long lingerNanos;
    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final AtomicLong queued = new AtomicLong();
    private final Object progress = new Object();
    private long written; // guarded by progress
    private final Object linger = new Object();
    private int flushing; // guarded by linger: flushes waiting; while any is, the writer does not linger
    private volatile boolean open = true;
    private final Thread writer;

    public WriteBehind(String name, Consumer<List<T>> write) {
        this(name, write, LINGER);
    }

    WriteBehind(String name, Consumer<List<T>> write, Duration linger) {
        this.write = write;
        this.lingerNanos = linger.toNanos();
        this.writer = new Thread(this::run, name);
        writer.setDaemon(true);
        writer.start();
    }

    public void add(T row) {
        if (!open) {
            write.accept(List.of(row)); // closing: nobody is left to write it later
            return;
        }
        queued.incrementAndGet();
        try {
            queue.put(row);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued.decrementAndGet();
            write.accept(List.of(row));
        }
    }

    /** Waits (at most {@code limit}) until every row added before this call is written; false if it is not yet. */
    public boolean flush(Duration limit) {
        long target = queued.get();
        synchronized (linger) {
            flushing++;
            linger.notifyAll();
        }
        try {
            return awaitWritten(target, System.nanoTime() + limit.toNanos());
        } finally {
            synchronized (linger) {
                flushing--;
            }
        }
    }

    private boolean awaitWritten(long target, long deadline) {
        synchronized (progress) {
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void run() {
        List<T> batch = new ArrayList<>(BATCH);
        long backoff = 100;
        while (open || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    T first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    gather(batch);
                }
                write.accept(batch);
                synchronized (progress) {
                    written += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
                backoff = 100;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) { // the database away: keep the batch, try again later
                log.warn("{}: {} rows not written yet, retrying in {} ms: {}", writer.getName(), batch.size(), backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    break;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        if (!batch.isEmpty() || !queue.isEmpty()) {
            log.error("{}: {} rows could not be written before shutdown", writer.getName(), batch.size() + queue.size());
        }
    }

    /** Adds to the batch what arrives within the linger; no lingering while a flush waits, after close, or when a full batch is already queued. */
    private void gather(List<T> batch) throws InterruptedException {
        long until = System.nanoTime() + lingerNanos;
        synchronized (linger) {
            while (open && flushing == 0 && queue.size() < BATCH - batch.size()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(linger, left);
            }
        }
        queue.drainTo(batch, BATCH - batch.size());
    }

    /** Stops taking rows and writes what is queued (waiting up to 30 s for the database). */
    @Override
    public void close() {
        open = false;
        synchronized (linger) {
            linger.notifyAll();
        }
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.interrupt();
        List<T> late = new ArrayList<>(); // added while the writer was finishing
        queue.drainTo(late);
        if (!late.isEmpty()) {
            write.accept(late);
        }
    }
}
