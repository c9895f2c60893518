package cn.taizhang.benchmarks;

import cn.taizhang.cases.CaseCounting;
import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.Counts;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.cli.Command;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: the summary query (tallies + pending deltas + overdue) for random areas of each
 * level and random periods of a day, a month, a year and five years within the history in the database,
 * p50 and p99 per level and period, against recomputing the same figures with COUNT FILTER over the raw
 * case rows for a sample, in the same run and the same snapshot (so the two must be equal).
 */
@Component
class BenchStatsCommand implements Command {

    private static final long SEED = 20_260_401L;
    private static final String CITY = "522601";

    private final CaseCounting counting;
    private final Territory territory;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    BenchStatsCommand(CaseCounting counting, Territory territory, JdbcClient jdbc, TransactionTemplate tx) {
        this.counting = counting;
        this.territory = territory;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(tx.getTransactionManager());
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    @Override
    public String name() {
        return "bench-stats";
    }

    @Override
    public String usage() {
        return "[N] [R]  基准测试：各级区划、各时段的统计汇总查询各 N 次（默认 100）的 p50/p99，对比原始事项表重新计算（各 R 次，默认 3）并核对结果";
    }

    @Override
    public int run(List<String> args) {
        int n = args.isEmpty() ? 100 : Integer.parseInt(args.get(0));
        int r = args.size() < 2 ? 3 : Integer.parseInt(args.get(1));
        long start = System.nanoTime();
        long folded = counting.compactNow();
        System.out.printf("先合并待合并的增量：%,d 行，用时 %.1f 秒%n", folded, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        long totals = counting.warmUp(); // as the application does after start-up (TallyWarmUp)
        System.out.printf("读入汇总行：%,d 行，用时 %.1f 秒%n", totals, (System.nanoTime() - start) / 1e9);
        OffsetDateTime[] range = jdbc.sql("SELECT min(created_at), max(created_at) FROM case_record")
                .query((rs, i) -> new OffsetDateTime[] {rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)})
                .single();
        if (range[0] == null) {
            System.err.println("数据库中没有事项，请先生成历史数据");
            return 1;
        }
        LocalDate first = range[0].atZoneSameInstant(BeijingTime.ZONE).toLocalDate();
        LocalDate last = range[1].atZoneSameInstant(BeijingTime.ZONE).toLocalDate();
        long cases = jdbc.sql("SELECT count(*) FROM case_record").query(Long.class).single();
        System.out.printf("事项 %,d 件，上报日期 %s 至 %s；每格汇总查询 %d 次，原始重算 %d 次，种子 %d%n", cases, first, last, n, r, SEED);

        Random random = new Random(SEED);
        Map<String, List<String>> levels = levels(random);
        Map<String, UnaryOperator<LocalDate>> periods = new LinkedHashMap<>();
        periods.put("一天", d -> d.plusDays(1));
        periods.put("一个月", d -> d.plusMonths(1));
        periods.put("一年", d -> d.plusYears(1));
        periods.put("五年", d -> d.plusYears(5));
        for (int i = 0; i < 50; i++) { // warm-up: JIT, connection pool, plans
            CaseSelection s = pick(random, levels.get("镇街"), periods.get("一年"), first, last);
            counting.count(s, Scope.area(CITY));
        }
        double roundTrip = roundTrip(Math.max(100, n * 10));
        System.out.printf("一次往返（SELECT 1，同一连接池）p50 %.3f ms：查询数据库的汇总，最多比原始重算快 原始重算/往返 倍（“上限”列）%n", roundTrip);
        System.out.printf("%-6s %-6s %12s %12s %14s %10s %8s  %s%n", "级别", "时段", "汇总 p50", "汇总 p99", "原始重算 p50", "倍数", "上限", "结果核对");
        boolean slow = false;
        int differences = 0;
        for (Map.Entry<String, List<String>> level : levels.entrySet()) {
            for (Map.Entry<String, UnaryOperator<LocalDate>> period : periods.entrySet()) {
                // untimed: the last cell's raw recounts evicted the tallies from PostgreSQL's buffers, which on a
                // server in use hold them (TallyWarmUp, then every query); the JIT compiles this cell's path
                counting.warmUp();
                for (int i = 0; i < Math.max(1, n / 10); i++) {
                    CaseSelection s = pick(random, level.getValue(), period.getValue(), first, last);
                    counting.count(s, Scope.area(s.area()));
                }
                double[] times = new double[n];
                for (int i = 0; i < n; i++) {
                    CaseSelection s = pick(random, level.getValue(), period.getValue(), first, last);
                    long t = System.nanoTime();
                    counting.count(s, Scope.area(s.area()));
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                double[] rawTimes = new double[r];
                int equal = 0;
                for (int i = 0; i < r; i++) {
                    CaseSelection s = pick(random, level.getValue(), period.getValue(), first, last);
                    Counts[] both = compare(s, rawTimes, i);
                    if (both[0].equals(both[1])) {
                        equal++;
                    } else {
                        differences++;
                        System.out.printf("  不一致 %s [%s, %s)：%n    汇总 %s%n    原始 %s%n", s.area(), s.from(), s.until(), both[0], both[1]);
                    }
                }
                double p50 = percentile(times, 50);
                double p99 = percentile(times, 99);
                double rawP50 = percentile(rawTimes, 50);
                slow |= p99 > 50;
                System.out.printf("%-6s %-6s %9.2f ms %9.2f ms %11.1f ms %9.0f× %7.0f×  %d/%d 一致%n", level.getKey(), period.getKey(), p50,
                        p99, rawP50, rawP50 / p50, rawP50 / roundTrip, equal, r);
            }
        }
        System.out.println(slow ? "目标 p99 ≤ 50 ms：未全部达到" : "目标 p99 ≤ 50 ms：全部达到");
        System.out.println(differences == 0 ? "汇总与原始重算的结果完全一致" : "结果不一致：" + differences + " 处");
        return differences == 0 ? 0 : 1;
    }

    // The floor under any summary read from the database: one statement that does nothing, through the same pool and
    // client. Its ratio to a recount is the most any such summary could reach; p50 in ms.
    private double roundTrip(int n) {
        double[] times = new double[n];
        for (int i = -n / 2; i < n; i++) {
            long t = System.nanoTime();
            jdbc.sql("SELECT 1").query(Integer.class).single();
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return percentile(times, 50);
    }

    // Both in one read-only REPEATABLE READ transaction: the same snapshot and the same now() for "overdue".
    private Counts[] compare(CaseSelection s, double[] rawTimes, int i) {
        return snapshot.execute(status -> {
            Counts fast = counting.count(s, Scope.area(s.area()));
            long t = System.nanoTime();
            Counts slow = counting.countFromRows(s, Scope.area(s.area()));
            rawTimes[i] = (System.nanoTime() - t) / 1e6;
            return new Counts[] {fast, slow};
        });
    }

    // The city; every 镇街; every 村社区; the grids of up to 40 random 村社区.
    private Map<String, List<String>> levels(Random random) {
        Scope scope = Scope.area(CITY);
        List<String> towns = codes(territory.children(CITY, scope, 0, Territory.MAX_PAGE_SIZE).items());
        List<String> villages = new ArrayList<>();
        towns.forEach(t -> villages.addAll(codes(territory.children(t, scope, 0, Territory.MAX_PAGE_SIZE).items())));
        List<String> grids = new ArrayList<>();
        for (int i = 0; i < 40 && !villages.isEmpty(); i++) {
            String village = villages.get(random.nextInt(villages.size()));
            grids.addAll(codes(territory.children(village, scope, 0, Territory.MAX_PAGE_SIZE).items()));
        }
        Map<String, List<String>> levels = new LinkedHashMap<>();
        levels.put("市", List.of(CITY));
        levels.put("镇街", towns);
        levels.put("村社区", villages);
        levels.put("网格", grids);
        return levels;
    }

    private static List<String> codes(List<Area> areas) {
        return areas.stream().map(Area::code).toList();
    }

    // A random area of the level and a random period of that length lying inside the history (as far as it can).
    private static CaseSelection pick(Random random, List<String> areas, UnaryOperator<LocalDate> length, LocalDate first,
            LocalDate last) {
        long span = ChronoUnit.DAYS.between(length.apply(first), last.plusDays(1));
        LocalDate from = first.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
        return CaseSelection.of(areas.get(random.nextInt(areas.size())), from, length.apply(from));
    }

    private static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
