package cn.taizhang.demo;

import cn.taizhang.demo.history.CaseHistory;
import cn.taizhang.platform.cli.Command;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code generate-history --cases=N --years=Y --seed=S}: fills the database with a simulated history of N
 * cases over the last Y years up to yesterday, across every grid; loads the Kaili demo's territory and
 * staff first on an empty database. Prints its progress and rate.
 */
@Component
class GenerateHistoryCommand implements Command {

    private static final long REPORT_EVERY_NANOS = 10_000_000_000L;

    private final DemoLoader demo;
    private final CaseHistory history;
    private final Environment options;

    GenerateHistoryCommand(DemoLoader demo, CaseHistory history, Environment options) {
        this.demo = demo;
        this.history = history;
        this.options = options;
    }

    @Override
    public String name() {
        return "generate-history";
    }

    @Override
    public String usage() {
        return "[--cases=10000000] [--years=5] [--seed=1]  生成模拟历史事项（按办理规则逐件推演，含全部事件），空库先载入凯里演示区划和人员";
    }

    @Override
    public int run(List<String> args) {
        long cases = options.getProperty("cases", Long.class, 10_000_000L);
        int years = options.getProperty("years", Integer.class, 5);
        long seed = options.getProperty("seed", Long.class, 1L);
        if (!args.isEmpty() || cases < 1 || years < 1 || years > 8) {
            System.err.println("用法：generate-history " + usage() + "（years 为 1 到 8）");
            return 1;
        }
        if (!demo.loadIfFirstStart().isEmpty()) {
            System.out.println("空数据库：已载入凯里演示区划和人员");
        }
        System.out.printf("生成 %,d 件事项，%d 年（至昨日），种子 %d%n", cases, years, seed);
        long[] lastReport = {System.nanoTime()};
        CaseHistory.Progress done = history.simulate(CaseHistory.upToYesterday(cases, years, seed, ""), progress -> {
            if (System.nanoTime() - lastReport[0] >= REPORT_EVERY_NANOS) {
                lastReport[0] = System.nanoTime();
                print("进度", progress);
            }
        });
        print("完成", done);
        return 0;
    }

    private static void print(String what, CaseHistory.Progress p) {
        System.out.printf("%s：%,d 件事项、%,d 条事件，用时 %.1f 秒，%,.0f 件/秒%n", what, p.cases(), p.events(),
                p.elapsed().toMillis() / 1000.0, p.casesPerSecond());
    }
}
