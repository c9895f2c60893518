package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.DaySource;
import cn.taizhang.calendar.rules.RowError;
import cn.taizhang.platform.cli.Command;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@code import-calendar FILE [official|local]}: the command-line twin of POST /api/v1/calendar/imports. */
@Component
class ImportCalendarCommand implements Command {

    /** The user recorded for days written from the command line. */
    static final String CLI = "cli";

    private final CalendarAdmin admin;

    ImportCalendarCommand(CalendarAdmin admin) {
        this.admin = admin;
    }

    @Override
    public String name() {
        return "import-calendar";
    }

    @Override
    public String usage() {
        return "FILE [official|local]  导入工作日历 CSV（date,kind,festival_zh,festival_en,in_lieu），默认作为国务院节假日安排";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Optional<DaySource> source = args.size() == 2 ? DaySource.fromId(args.get(1)) : Optional.of(DaySource.OFFICIAL);
        if (args.isEmpty() || args.size() > 2 || source.isEmpty()) {
            System.err.println("用法：import-calendar " + usage());
            return 1;
        }
        try (InputStream in = Files.newInputStream(Path.of(args.get(0)))) {
            return print(admin.importFile(in, source.get(), CLI), source.get(), System.out, System.err);
        }
    }

    /** Prints the report and returns the exit code: 0 if imported, 1 otherwise. */
    static int print(ImportReport report, DaySource source, PrintStream out, PrintStream err) {
        if (report.imported()) {
            out.println("导入成功（" + source.label() + "）：" + report.count() + " 天，" + report.first() + " 至 " + report.last()
                    + "，其中 " + report.written() + " 天有变化");
            return 0;
        }
        err.println("导入被拒绝：发现 " + report.errors().size() + " 处错误，未写入任何数据");
        for (RowError error : report.errors()) {
            err.println("  [" + error.code() + "] " + error.detail());
        }
        return 1;
    }
}
