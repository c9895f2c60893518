package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The group commit as its callers see it: their own result, their own failure, at most so many writes at once. */
class GroupCommitTests {

    final List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final ExecutorService callers = Executors.newFixedThreadPool(16);
    int refused = -1;

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** A write that takes a while, answers each item times ten, skips 7 (null) and fails with the refused item. */
    List<Integer> write(List<Integer> items) {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(20);
            writes.add(items);
            if (items.contains(refused)) {
                throw new IllegalArgumentException(refused + " is refused");
            }
            return items.stream().map(i -> i == 7 ? null : i * 10).toList();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            running.decrementAndGet();
        }
    }

    @Test
    void aWriteAloneIsWrittenAtOnceByItsCaller() {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(this::write, 2, 100);
        assertThat(group.submit(4)).isEqualTo(40);
        assertThat(group.submit(7)).isNull();
        assertThat(writes).containsExactly(List.of(4), List.of(7));
    }

    @Test
    void writesArrivingAtOnceShareStatementsAndEachGetsItsOwnResult() throws Exception {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(this::write, 2, 100);
        List<Future<Integer>> answers = submitAtOnce(group, 40);
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i == 7 ? null : i * 10);
        }
        assertThat(writes.stream().mapToInt(List::size).sum()).as("every item written once").isEqualTo(40);
        assertThat(writes.size()).as("statements for 40 items").isLessThan(20);
        assertThat(mostAtOnce.get()).as("writes at once").isLessThanOrEqualTo(2);
    }

    @Test
    void aFailingItemFailsAloneAndTheOthersOfItsBatchAreWritten() throws Exception {
        refused = 13;
        GroupCommit<Integer, Integer> group = new GroupCommit<>(this::write, 1, 100);
        List<Future<Integer>> answers = submitAtOnce(group, 30);
        for (int i = 0; i < answers.size(); i++) {
            Future<Integer> answer = answers.get(i);
            if (i == 13) {
                assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("13 is refused");
            } else {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(i == 7 ? null : i * 10);
            }
        }
        assertThat(writes).contains(List.of(13));
    }

    @Test
    void aBatchIsNoLargerThanItsLimit() throws Exception {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(this::write, 1, 5);
        for (Future<Integer> answer : submitAtOnce(group, 30)) {
            answer.get(10, TimeUnit.SECONDS);
        }
        assertThat(writes).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(5));
    }

    private List<Future<Integer>> submitAtOnce(GroupCommit<Integer, Integer> group, int n) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int item = i;
            answers.add(callers.submit(() -> {
                start.await();
                return group.submit(item);
            }));
        }
        start.countDown();
        return answers;
    }
}
