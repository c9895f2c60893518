package cn.taizhang.territory;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.ArrayList;
import java.util.List;

/** Checks of request parameters shared by the territory controllers; each failure names its field. */
final class ApiParams {

    static final String DEFAULT_PAGE_SIZE = "100";

    private ApiParams() {
    }

    static AreaCode areaCode(String code) {
        try {
            return AreaCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(List.of(new FieldProblem("code", "INVALID_AREA_CODE", "code：" + e.getMessage())));
        }
    }

    /** A page of a list: number (0-based) and size. */
    record Page(int number, int size) {
    }

    // Numbers arrive as text and are parsed here: a missing or mistyped one must be named in a Chinese
    // field problem, which Spring's own binding errors would not give.
    static Page page(String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer number = integer("page", page, 0, Integer.MAX_VALUE, "page：页码应为从0开始的整数", problems);
        Integer length = integer("size", size, 1, Territory.MAX_PAGE_SIZE,
                "size：每页条数应为1到" + Territory.MAX_PAGE_SIZE + "之间的整数", problems);
        check(problems);
        return new Page(number, length);
    }

    /** Checks a position and returns its coordinate system. */
    static Crs position(String lat, String lng, String crs) {
        List<FieldProblem> problems = new ArrayList<>();
        number("lat", lat, 90, "lat：纬度应为 -90 到 90 之间的数值", problems);
        number("lng", lng, 180, "lng：经度应为 -180 到 180 之间的数值", problems);
        Crs system = Crs.fromId(crs).orElse(null);
        if (system == null) {
            problems.add(new FieldProblem("crs", "INVALID_FIELD", "crs：坐标系应为 wgs84、gcj02 或 bd09"));
        }
        check(problems);
        return system;
    }

    private static Integer integer(String field, String text, int min, int max, String rule, List<FieldProblem> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "INVALID_FIELD", rule));
        return null;
    }

    private static void number(String field, String text, double limit, String rule, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "REQUIRED", "缺少参数 " + field));
            return;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= -limit && value <= limit) { // false for NaN
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "OUT_OF_RANGE", rule));
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }
}
