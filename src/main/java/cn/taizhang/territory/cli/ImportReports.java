package cn.taizhang.territory.cli;

import cn.taizhang.territory.ImportError;
import cn.taizhang.territory.ImportReport;
import java.io.PrintStream;

/** Prints an import report for the command line, in Chinese. */
final class ImportReports {

    private ImportReports() {
    }

    /** Prints the report and returns the exit code: 0 if imported, 1 otherwise. */
    static int print(ImportReport report, String what, PrintStream out, PrintStream err) {
        if (report.imported()) {
            out.println("导入成功：" + what + " " + report.count() + " 条");
            return 0;
        }
        err.println("导入被拒绝：发现 " + report.errors().size() + " 处错误，未写入任何数据");
        for (ImportError error : report.errors()) {
            err.println("  [" + error.code() + "] " + error.detail());
        }
        return 1;
    }
}
