package cn.taizhang.platform.excel;

import cn.taizhang.platform.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The header row of an upload: which expected column each cell names, or a refusal naming what is wrong with it. */
final class HeaderRow {

    private HeaderRow() {
    }

    /**
     * The header of each column by its index (null for a column without one, whose cells are not read), from the header
     * row's texts; refuses duplicate headers, then unknown ones, then missing required ones.
     */
    static String[] parse(List<String> texts, List<SheetColumn> columns) {
        Map<String, SheetColumn> expected = columns.stream().collect(Collectors.toMap(SheetColumn::header, Function.identity()));
        String[] at = new String[texts.size()];
        Set<String> seen = new HashSet<>();
        List<String> duplicate = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String header = texts.get(i);
            if (header.isEmpty()) {
                continue;
            }
            if (!expected.containsKey(header)) {
                unknown.add(column(i) + " 列“" + header + "”");
            } else if (!seen.add(header)) {
                duplicate.add(column(i) + " 列“" + header + "”");
            } else {
                at[i] = header;
            }
        }
        if (!duplicate.isEmpty()) {
            throw problem(SpreadsheetRefusal.HEADER_DUPLICATE, "表头中有重复的列：" + String.join("、", duplicate) + "。每列只能出现一次");
        }
        if (!unknown.isEmpty()) {
            throw problem(SpreadsheetRefusal.HEADER_UNKNOWN, "表头中有无法识别的列：" + String.join("、", unknown) + "。可用的列："
                    + String.join("、", columns.stream().map(SheetColumn::header).toList()));
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !seen.contains(c.header())).map(SheetColumn::header).toList();
        if (!missing.isEmpty()) {
            throw problem(SpreadsheetRefusal.HEADER_MISSING, "表头中缺少必填的列：" + String.join("、", missing) + "。请使用下载的模板");
        }
        return at;
    }

    /** Excel's name of a 0-based column: A, B, ..., Z, AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static Problem problem(String code, String detail) {
        return Problem.invalid(code, detail);
    }
}
