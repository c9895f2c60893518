package cn.taizhang.registry.person;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.registry.Choice;
import cn.taizhang.registry.codes.CodeCheck;
import cn.taizhang.registry.codes.IdNumber;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The person list's query parameters as they arrive (bound from the query string); {@link #filter} checks them and names
 * each bad one, and turns an ID number into its lookup hash. The follow-up state takes its id or its Chinese label.
 */
record PersonQuery(@Parameter(description = "姓名包含（重点人员的姓名只对有权查看者可查；不能含身份证号码或电话号码）") String q,
        @Parameter(description = "区域代码（辖区内）") String area,
        @Parameter(description = "人员类别代码") String category,
        @Parameter(description = "true 只看重点人员，false 只看其他人员") Boolean keyPerson,
        @Parameter(description = "管控状态：in_care、released、lost") String followUp,
        @Parameter(description = "按完整的居民身份证号码精确查找") String idNumber) {

    /**
     * What in a free-text parameter looks like an ID number (15 or 18 characters) or a phone (a mobile, or a landline with
     * its area code): ten digits or more in a row, spaces and hyphens between them ignored. Refused,
     * so that such numbers are looked up only by the ID number box (a form posted, or {@code idNumber}) and never sit in
     * a logged URL as a name search that cannot find them anyway.
     */
    static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?U)\\d{10,}");

    PersonFilter filter(UnaryOperator<String> lookupHash) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q != null && NUMBER_IN_TEXT.matcher(q.replaceAll("[\\s\\-－—]", "")).find()) {
            problems.add(new FieldProblem("q", "NUMBER_IN_QUERY", "q：关键词只按姓名查找，不能含身份证号码或电话号码。请用身份证号码查询框查找"
                    + "（页面上的“按身份证号码查找”，或接口参数 idNumber），以免号码留在访问日志中"));
        }
        FollowUp state = null;
        if (followUp != null && !followUp.isBlank()) {
            Optional<FollowUp> parsed = Choice.parse(FollowUp.class, followUp);
            if (parsed.isEmpty()) {
                problems.add(new FieldProblem("followUp", "INVALID_FIELD", "followUp：管控状态须为 " + Choice.ids(FollowUp.class) + " 之一"));
            }
            state = parsed.orElse(null);
        }
        if (area != null && !area.isBlank() && !area.strip().matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        String hash = null;
        if (idNumber != null && !idNumber.isBlank()) {
            CodeCheck check = IdNumber.check(idNumber, LocalDate.now(BeijingTime.ZONE));
            check.problem().ifPresent(refusal -> problems.add(new FieldProblem("idNumber", "ID_NUMBER_" + refusal.code(),
                    "idNumber：" + refusal.reason())));
            hash = check.valid() ? lookupHash.apply(check.code()) : null;
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new PersonFilter(q, area, category, keyPerson, state, hash);
    }

    /** Without the ID number, should it ever reach a log. */
    @Override
    public String toString() {
        return "PersonQuery[q=" + q + ", area=" + area + ", category=" + category + ", keyPerson=" + keyPerson + ", followUp=" + followUp + "]";
    }
}
