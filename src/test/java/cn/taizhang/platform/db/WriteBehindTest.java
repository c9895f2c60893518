package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    @Test
    void everyRowAddedFromManyThreadsIsWrittenOnceBeforeFlushReturns() throws Exception {
        List<Integer> written = new CopyOnWriteArrayList<>();
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        try (WriteBehind<Integer> rows = new WriteBehind<>("test", batch -> {
            batchSizes.add(batch.size());
            written.addAll(batch);
        })) {
            Thread[] producers = IntStream.range(0, 4).mapToObj(t -> new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    rows.add(t * 5_000 + i);
                }
            })).toArray(Thread[]::new);
            for (Thread p : producers) {
                p.start();
            }
            for (Thread p : producers) {
                p.join();
            }
            assertThat(rows.flush(Duration.ofSeconds(10))).isTrue();
            assertThat(written).hasSize(20_000).doesNotHaveDuplicates();
            assertThat(batchSizes).allMatch(n -> n <= 500);
        }
    }

    @Test
    void aFailedBatchIsRetriedUntilWritten() {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        List<String> written = new CopyOnWriteArrayList<>();
        try (WriteBehind<String> rows = new WriteBehind<>("test", batch -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database away");
            }
            written.addAll(batch);
        })) {
            rows.add("a");
            rows.add("b");
            assertThat(rows.flush(Duration.ofSeconds(10))).isTrue();
            assertThat(written).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void flushGivesUpAfterItsLimitWhileTheDatabaseIsAwayAndCloseWritesWhatIsLeft() {
        AtomicInteger failuresLeft = new AtomicInteger(3); // 100 + 200 ms of back-off before the rows go in
        List<String> written = new CopyOnWriteArrayList<>();
        WriteBehind<String> rows = new WriteBehind<>("test", batch -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database away");
            }
            written.addAll(batch);
        });
        rows.add("a");
        assertThat(rows.flush(Duration.ofMillis(50))).isFalse();
        rows.close();
        assertThat(written).containsExactly("a");
    }

    @Test
    void rowsArrivingOneByOneAreWrittenTogetherAfterTheLinger() throws Exception {
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        try (WriteBehind<Integer> rows = new WriteBehind<>("test", batch -> batchSizes.add(batch.size()), Duration.ofSeconds(1))) {
            for (int i = 0; i < 10; i++) {
                rows.add(i);
                Thread.sleep(5);
            }
            Thread.sleep(1_500);
            assertThat(batchSizes).containsExactly(10);
        }
    }

    @Test
    void aFlushDoesNotWaitForTheLinger() {
        List<String> written = new CopyOnWriteArrayList<>();
        try (WriteBehind<String> rows = new WriteBehind<>("test", written::addAll, Duration.ofMinutes(10))) {
            rows.add("a");
            long start = System.nanoTime();
            assertThat(rows.flush(Duration.ofSeconds(30))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            assertThat(written).containsExactly("a");
        }
    }
}
