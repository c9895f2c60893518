package cn.taizhang.stats;

import cn.taizhang.platform.cli.Command;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** {@code recount [AREA] [--from=yyyy-MM-dd] [--to=yyyy-MM-dd]}: checks every served figure against the case events. */
@Component
class RecountCommand implements Command {

    private final Recount recount;
    private final Environment options;

    RecountCommand(Recount recount, Environment options) {
        this.recount = recount;
        this.options = options;
    }

    @Override
    public String name() {
        return "recount";
    }

    @Override
    public String usage() {
        return "[区划代码，默认全部] [--from=yyyy-MM-dd] [--to=yyyy-MM-dd]  由事项事件逐件重算各级区划的统计数，与统计接口所给数字逐项核对，有差异则列出并以非零退出";
    }

    @Override
    public int run(List<String> args) {
        if (args.size() > 1) {
            System.err.println("用法：recount " + usage());
            return 1;
        }
        String area = args.isEmpty() ? "" : args.get(0);
        String from = options.getProperty("from");
        String to = options.getProperty("to");
        Recount.Result r = recount.run(area, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        System.out.printf("复核 %s 至 %s 上报的 %,d 件事项，%,d 个区划 × %d 项统计数：事件重算 %.1f 秒，统计接口 %.1f 秒%n", r.from(), r.to(),
                r.cases(), r.areas(), Recount.COUNTS.size(), r.replay().toMillis() / 1000.0, r.served().toMillis() / 1000.0);
        r.differences().forEach(d -> System.out.printf("  差异：%s %s %s：事件重算 %d，统计接口 %d%n", d.area(), d.name(), d.count(),
                d.recounted(), d.served()));
        if (!r.differences().isEmpty()) {
            System.out.printf("发现 %d 处差异%n", r.differences().size());
            return 1;
        }
        System.out.println("全部一致");
        return 0;
    }
}
