package cn.taizhang.benchmarks;

import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.excel.SheetColumn;
import cn.taizhang.platform.excel.SpreadsheetReader;
import cn.taizhang.registry.codes.CreditCode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the enterprise sheet the registry benchmark imports (bench/registries.sh): ROWS enterprises of valid,
 * distinct credit codes over the grids listed one per line in GRIDS, in the import template's columns; then reads it
 * once with the import's reader alone — no checks, no writes — and prints that pass's rows per second, the baseline
 * the import's own rate is set against. java ... EnterpriseSheetBench FILE ROWS GRIDS
 */
public final class EnterpriseSheetBench {

    private static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "网格代码", "行业领域", "风险等级", "从业人数", "是否建会",
            "工会会员人数");
    private static final String[] SECTORS = {"危险化学品", "消防", "工贸", "特种设备", "城镇燃气", "道路运输"};
    private static final String[] RISKS = {"红色", "橙色", "黄色", "蓝色"};

    private EnterpriseSheetBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        List<String> grids = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        Random random = new Random(17);
        try (OutputStream out = Files.newOutputStream(file)) {
            ExcelSheet.write(out, "企业台账", HEADERS, sink -> {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    int employees = 3 + random.nextInt(300);
                    boolean union = employees >= 25 && random.nextBoolean();
                    row.clear();
                    row.add(CreditCode.of("91", "110000", String.format("%08d", i))); // registered elsewhere: no demo enterprise has such a code
                    row.add("凯里市基准测试第" + i + "号有限公司");
                    row.add(grids.get(random.nextInt(grids.size())));
                    row.add(SECTORS[random.nextInt(SECTORS.length)]);
                    row.add(RISKS[random.nextInt(RISKS.length)]);
                    row.add(employees);
                    row.add(union);
                    row.add(union ? employees / 2 : null);
                    sink.add(row);
                }
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        long t0 = System.nanoTime();
        int read = new SpreadsheetReader(HEADERS.stream().map(h -> SheetColumn.optional(h, "")).toList()).read(bytes, row -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("sheet: %d rows, %.1f MB; reader alone: %.2f s, %.0f rows/s%n", read, bytes.length / 1e6, seconds, read / seconds);
    }
}
