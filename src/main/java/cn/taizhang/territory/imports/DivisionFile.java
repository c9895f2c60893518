package cn.taizhang.territory.imports;

import cn.taizhang.platform.csv.Csv;
import cn.taizhang.territory.AreaCode;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.ImportError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads and checks a division list (header {@value #HEADER}; 12-digit statistical codes; levels
 * county|town|village), collecting every bad row instead of stopping at the first.
 */
public final class DivisionFile {

    public static final String HEADER = "code,parent_code,name,level,urban_rural_class,lng,lat";

    /** A checked row; {@code parent} is null for a county, whose parent (the prefecture) is outside the tree. */
    public record Division(int line, AreaCode code, AreaCode parent, String name, String urbanRuralClass,
            Double lng, Double lat) {
    }

    public record Result(List<Division> divisions, List<ImportError> errors) {
    }

    private DivisionFile() {
    }

    /** {@code existing} tells whether a code not defined in the file is already in the database. */
    public static Result read(Reader source, Predicate<AreaCode> existing) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String header = reader.readLine();
            if (header == null || !stripBom(header).strip().equals(HEADER)) {
                return new Result(List.of(), List.of(ImportError.atLine(1, "BAD_HEADER", "表头应为 " + HEADER)));
            }
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    rows.add(new Row(number, Csv.split(line)));
                }
            }
        }
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of(ImportError.ofFile("EMPTY_FILE", "文件中没有数据行")));
        }
        Map<AreaCode, Integer> firstLine = new HashMap<>();
        for (Row row : rows) {
            row.parseCode();
            if (row.code != null) {
                firstLine.putIfAbsent(row.code, row.line);
            }
        }
        List<Division> divisions = new ArrayList<>();
        for (Row row : rows) {
            Division division = row.check(firstLine, existing, errors);
            if (division != null) {
                divisions.add(division);
            }
        }
        return new Result(divisions, errors);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static final class Row {

        final int line;
        final List<String> fields;
        AreaCode code;
        String codeProblem;

        Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        String field(int i) {
            return fields.get(i).strip();
        }

        void parseCode() {
            if (fields.size() != 7) {
                return;
            }
            try {
                code = AreaCode.fromStatistical(field(0));
            } catch (IllegalArgumentException e) {
                codeProblem = e.getMessage();
            }
        }

        Division check(Map<AreaCode, Integer> firstLine, Predicate<AreaCode> existing, List<ImportError> errors) {
            int before = errors.size();
            if (fields.size() != 7) {
                errors.add(ImportError.atLine(line, "BAD_COLUMNS", "应有7列，实有" + fields.size() + "列"));
                return null;
            }
            if (code == null) {
                errors.add(ImportError.atLine(line, "MALFORMED_CODE", "代码格式不正确：" + codeProblem));
            } else if (firstLine.get(code) != line) {
                errors.add(ImportError.atLine(line, "DUPLICATE_CODE", "代码 " + field(0) + " 与第" + firstLine.get(code) + "行重复"));
            }
            AreaLevel level = AreaLevel.fromId(field(3)).filter(l -> l != AreaLevel.GRID).orElse(null);
            if (level == null) {
                errors.add(ImportError.atLine(line, "BAD_LEVEL", "级别应为 county、town 或 village，实为“" + field(3) + "”"));
            } else if (code != null && code.level() != level) {
                errors.add(ImportError.atLine(line, "LEVEL_MISMATCH",
                        "代码 " + field(0) + " 是" + code.level().label() + "代码，与级别 " + level.id() + " 不符"));
            }
            AreaCode parent = code == null ? null : checkParent(firstLine, existing, errors);
            String name = field(2);
            if (name.isEmpty()) {
                errors.add(ImportError.atLine(line, "MISSING_NAME", "名称为空"));
            }
            String urbanRural = field(4);
            if (!urbanRural.isEmpty() && !urbanRural.matches("[0-9]{3}")) {
                errors.add(ImportError.atLine(line, "BAD_URBAN_RURAL_CLASS", "城乡分类代码应为3位数字，实为“" + urbanRural + "”"));
            }
            Double lng = coordinate(5, 180, "经度", errors);
            Double lat = coordinate(6, 90, "纬度", errors);
            if ((lng == null) != (lat == null) && errors.size() == before) {
                errors.add(ImportError.atLine(line, "BAD_COORDINATE", "经度和纬度应同时填写或同时留空"));
            }
            return errors.size() > before ? null
                    : new Division(line, code, parent, name, urbanRural.isEmpty() ? null : urbanRural, lng, lat);
        }

        private AreaCode checkParent(Map<AreaCode, Integer> firstLine, Predicate<AreaCode> existing, List<ImportError> errors) {
            String text = field(1);
            if (code.level() == AreaLevel.COUNTY) {
                // a county's parent is its prefecture (e.g. 522600000000), which is not part of the tree
                String prefecture = code.value().substring(0, 4) + "00000000";
                if (!text.isEmpty() && !text.equals(prefecture)) {
                    errors.add(ImportError.atLine(line, "PARENT_MISMATCH", "县市的上级代码应为所属地州 " + prefecture + " 或留空，实为 " + text));
                }
                return null;
            }
            AreaCode expected = code.parent().orElseThrow();
            AreaCode parent;
            try {
                parent = AreaCode.fromStatistical(text);
            } catch (IllegalArgumentException e) {
                errors.add(ImportError.atLine(line, "MALFORMED_PARENT_CODE", "上级代码格式不正确：" + e.getMessage()));
                return null;
            }
            if (!parent.equals(expected)) {
                errors.add(ImportError.atLine(line, "PARENT_MISMATCH",
                        "代码 " + field(0) + " 不属于上级 " + text + "（按代码规则上级应为 " + expected + "）"));
                return null;
            }
            if (!firstLine.containsKey(parent) && !existing.test(parent)) {
                errors.add(ImportError.atLine(line, "UNKNOWN_PARENT", "上级 " + text + " 既不在文件中，也不在系统中"));
                return null;
            }
            return parent;
        }

        private Double coordinate(int i, double limit, String label, List<ImportError> errors) {
            String text = field(i);
            if (text.isEmpty()) {
                return null;
            }
            try {
                double value = Double.parseDouble(text);
                if (value >= -limit && value <= limit) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(ImportError.atLine(line, "BAD_COORDINATE", label + "应为 -" + (int) limit + " 到 " + (int) limit + " 之间的数值，实为“" + text + "”"));
            return null;
        }
    }
}
