package cn.taizhang.benchmarks;

import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.excel.SheetColumn;
import cn.taizhang.platform.excel.Share;
import cn.taizhang.platform.excel.SpreadsheetReader;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap bound of the Excel export and import: writes a ledger of a million rows of twelve mixed columns (Chinese text,
 * codes, numbers, dates, times, rates, yes/no) with {@link ExcelSheet}'s streaming write, then reads a file of
 * 100,000 such rows back with {@link SpreadsheetReader}; prints for each the seconds, rows per second, the peak heap
 * in use (sampled every 5 ms, garbage included) and the largest heap left after a collection (what was live), and the
 * file's size. Run by bench/excel.sh with -Xmx512m: java ... ExcelBenchmark DIR [ROWS] [READ_ROWS]
 */
public final class ExcelBenchmark {

    static final List<SheetColumn> COLUMNS = List.of(SheetColumn.required("序号", ""), SheetColumn.required("统一社会信用代码", ""),
            SheetColumn.required("企业名称", ""), SheetColumn.optional("地址", ""), SheetColumn.optional("从业人数", ""),
            SheetColumn.optional("注册资本（万元）", ""), SheetColumn.optional("成立日期", ""), SheetColumn.optional("登记时间", ""),
            SheetColumn.optional("更新时间", ""), SheetColumn.optional("完成率", ""), SheetColumn.optional("是否规上", ""),
            SheetColumn.optional("备注", ""));
    static final List<String> HEADERS = COLUMNS.stream().map(SheetColumn::header).toList();
    static final String[] TOWNS = {"大十字街道", "西门街道", "洗马河街道", "城西街道", "开怀街道", "鸭塘街道", "湾水镇", "炉山镇", "三棵树镇", "舟溪镇"};

    private static final AtomicLong PEAK_USED = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    private ExcelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int readRows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        watchHeap();
        System.out.printf("max heap %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        write(dir.resolve("warm-up.xlsx"), 50_000); // the JIT's first pass, not measured
        read(dir.resolve("warm-up.xlsx"));
        Path big = dir.resolve("enterprises-" + rows + ".xlsx");
        Phase phase = Phase.start();
        write(big, rows);
        phase.print("write " + rows + " rows", rows, big);

        Path small = dir.resolve("enterprises-" + readRows + ".xlsx");
        write(small, readRows);
        phase = Phase.start();
        int read = read(small);
        phase.print("read " + read + " rows", read, small);
    }

    static void write(Path file, int rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ExcelSheet.write(out, "企业", HEADERS, sink -> {
                for (int i = 1; i <= rows; i++) {
                    sink.add(row(i));
                }
            });
        }
    }

    static List<Object> row(int i) {
        String town = TOWNS[i % TOWNS.length];
        return Arrays.asList(i, String.format("91522601MA%07dX", i), "凯里市" + town + "第" + i + "号商贸有限公司",
                "贵州省黔东南苗族侗族自治州凯里市" + town + "文化北路" + (i % 500) + "号", i % 1_000, i * 1.25,
                LocalDate.of(2000, 1, 1).plusDays(i % 9_000), OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC).plusMinutes(i),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), new Share(i % 7 == 0 ? null : (i % 100) / 100.0), i % 3 == 0,
                i % 10 == 0 ? "=备注以等号开头" : null);
    }

    static int read(Path file) throws IOException {
        LongAdder chars = new LongAdder();
        try (InputStream in = Files.newInputStream(file)) {
            return new SpreadsheetReader(COLUMNS).read(in, r -> chars.add(r.text("企业名称").length()));
        }
    }

    /** One measured step: its time, and the heap peaks since it started. */
    record Phase(long began) {

        static Phase start() {
            System.gc();
            PEAK_USED.set(0);
            PEAK_AFTER_GC.set(0);
            return new Phase(System.nanoTime());
        }

        void print(String what, long rows, Path file) throws IOException {
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("%s: %.1f s, %,.0f rows/s, peak heap used %d MB, peak heap after GC %d MB, file %.1f MB%n", what, seconds,
                    rows / seconds, PEAK_USED.get() >> 20, PEAK_AFTER_GC.get() >> 20, Files.size(file) / 1e6);
        }
    }

    private static void watchHeap() {
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK_USED.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
    }
}
