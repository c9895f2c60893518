package cn.taizhang.registry.place;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The place list's query parameters as they arrive (bound from the query string); {@link #filter} checks them and names
 * each bad one.
 */
record PlaceQuery(String q, String area, String type) {

    PlaceFilter filter(Predicate<String> typeKnown) {
        List<FieldProblem> problems = new ArrayList<>();
        if (area != null && !area.isBlank() && !area.strip().matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        if (type != null && !type.isBlank() && !typeKnown.test(type.strip())) {
            problems.add(new FieldProblem("type", "UNKNOWN_TYPE", "type：场所类型须为目录中的编码（见 GET /api/v1/place-types）"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new PlaceFilter(q, area, type);
    }
}
