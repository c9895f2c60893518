package cn.taizhang.demo.history;

import cn.taizhang.cases.bulk.CaseBulkWriter;
import cn.taizhang.platform.BeijingTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Simulated case history: reports spread over past days, each played through the engine's own lifecycle
 * rules by the staff who would act on it, and written in bulk (COPY) with their events, deadlines on the
 * working-day calendar and numbers from the per-county-and-year counter. For the demo's first year and
 * for generating large histories; the same seed gives the same cases.
 */
@Service
public class CaseHistory {

    /**
     * What to simulate: about {@code cases} reports from {@code firstDay} to {@code lastDay} in the grids
     * inside {@code area} (a code prefix), everything that follows them up to {@code now}.
     */
    public record Plan(long cases, LocalDate firstDay, LocalDate lastDay, OffsetDateTime now, long seed, String area) {
    }

    /** How far a simulation has got: cases and events written, and the time taken. */
    public record Progress(long cases, long events, Duration elapsed) {

        public double casesPerSecond() {
            return cases / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }
    }

    private static final int CHUNK = 20_000;
    private static final int MIN_CHUNK = 2_000;
    private static final int WRITERS = 2;

    private final HistoryWorld world;
    private final CaseBulkWriter writer;

    CaseHistory(HistoryWorld world, CaseBulkWriter writer) {
        this.world = world;
        this.writer = writer;
    }

    /** Runs the plan, one transaction per chunk of whole days; {@code progress} hears after each chunk. */
    public Progress simulate(Plan plan, Consumer<Progress> progress) {
        long started = System.nanoTime();
        World w = world.of(plan);
        if (w.spots().isEmpty()) {
            throw new IllegalStateException("区划 " + plan.area() + " 内没有网格，无法生成历史事项");
        }
        AtomicLong cases = new AtomicLong();
        AtomicLong events = new AtomicLong();
        // the tallies are folded (or rebuilt) once at the end, and the filled tables get fresh statistics
        writer.load(() -> play(w, plan, progress, started, cases, events));
        return new Progress(cases.get(), events.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void play(World w, Plan plan, Consumer<Progress> progress, long started, AtomicLong cases, AtomicLong events) {
        // chunks are played while earlier ones are written on their own connections: the simulation and
        // the database's work on each chunk (constraints, indexes) run side by side
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        Deque<Future<?>> writing = new ArrayDeque<>();
        try {
            // a small history in a few chunks too, so that playing and writing overlap
            int chunkSize = (int) Math.max(MIN_CHUNK, Math.min(CHUNK, plan.cases() / 8));
            new Simulator(w, numbering()).run(plan.cases(), chunkSize, chunk -> {
                while (writing.size() >= WRITERS) {
                    await(writing.poll());
                }
                writing.add(writers.submit(() -> {
                    long written = writer.write(chunk.cases());
                    synchronized (progress) {
                        progress.accept(new Progress(cases.addAndGet(chunk.size()), events.addAndGet(written),
                                Duration.ofNanos(System.nanoTime() - started)));
                    }
                }));
            });
            while (!writing.isEmpty()) {
                await(writing.poll());
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static void await(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The plan of a history of {@code years} up to yesterday, ending now. */
    public static Plan upToYesterday(long cases, int years, long seed, String area) {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        return new Plan(cases, today.minusYears(years), today.minusDays(1), OffsetDateTime.now(), seed, area);
    }

    /** Ids and numbers as reporting takes them, from the cases module. */
    private Simulator.Numbering numbering() {
        return new Simulator.Numbering() {
            @Override
            public long[] ids(int count) {
                return writer.ids(count);
            }

            @Override
            public long reserve(String county, int year, int count) {
                return writer.reserveNumbers(county, year, count);
            }
        };
    }
}
