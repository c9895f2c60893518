package cn.taizhang.inspection.patrol;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.Days;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a list's filters from their query parameters, naming every bad one. */
final class PatrolQueries {

    private static final Pattern AREA = Pattern.compile("\\d{1,15}");

    private PatrolQueries() {
    }

    static PatrolFilter filter(String area, String from, String to, String kind, Long place, Long volunteer) {
        List<FieldProblem> problems = new ArrayList<>();
        String a = blankToNull(area);
        if (a != null && !AREA.matcher(a).matches()) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为数字"));
        }
        Days.Period period = Days.period(from, to, null, null, problems);
        String k = blankToNull(kind);
        if (k != null && PatrolKind.of(k).isEmpty()) {
            problems.add(new FieldProblem("kind", "INVALID_FIELD", "kind：巡查类别须为 " + PatrolKind.codes() + " 之一"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new PatrolFilter(a, period.from(), period.to(), k, place, volunteer);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
