package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.TransitionRefused;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The case module's failures as problem+json; a refused transition names the actions the caller has instead. */
public final class CaseProblems {

    private CaseProblems() {
    }

    static final class NotAllowed extends Problem {

        private final List<String> allowed;

        NotAllowed(TransitionRefused refused) {
            super(refused.noSay() ? Problem.Kind.FORBIDDEN : Problem.Kind.CONFLICT, refused.noSay() ? "FORBIDDEN" : "ACTION_NOT_ALLOWED",
                    refused.getMessage());
            this.allowed = refused.allowed().stream().map(Action::code).toList();
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("allowed", allowed);
        }
    }

    static Problem refused(TransitionRefused refused) {
        return new NotAllowed(refused);
    }

    public static Problem notFound() {
        return Problem.notFound("事项");
    }

    static Problem versionMismatch() {
        return new Problem(Problem.Kind.STALE, "VERSION_MISMATCH", "事项已被他人修改，请刷新后按最新版本重试");
    }

    static Problem versionRequired() {
        return new Problem(Problem.Kind.VERSION_REQUIRED, "PRECONDITION_REQUIRED", "请在 If-Match 请求头中提供事项的版本（ETag）");
    }

    public static Problem typeVersionMismatch(String code) {
        return new Problem(Problem.Kind.STALE, "VERSION_MISMATCH", "事项类型 " + code + " 已被他人修改，请刷新后按最新版本重试");
    }

    static Problem typeVersionRequired() {
        return new Problem(Problem.Kind.VERSION_REQUIRED, "PRECONDITION_REQUIRED", "请在 If-Match 请求头中提供事项类型的版本（ETag）");
    }

    public static Problem keyReused() {
        return new Problem(Problem.Kind.UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED", "该幂等键已用于内容不同的上报，请换用新的键");
    }

    public static Problem field(String field, String code, String detail) {
        return Problem.invalid(List.of(new FieldProblem(field, code, detail)));
    }

    /** Parses {@code "7"}, {@code W/"7"} or {@code 7}. */
    static int expectedVersion(String ifMatch) {
        return expectedVersion(ifMatch, CaseProblems::versionRequired, CaseProblems::versionMismatch);
    }

    /** The same for a case type: its own wording of 428 and 412. */
    public static int expectedTypeVersion(String ifMatch, String code) {
        return expectedVersion(ifMatch, CaseProblems::typeVersionRequired, () -> typeVersionMismatch(code));
    }

    private static int expectedVersion(String ifMatch, Supplier<Problem> required, Supplier<Problem> mismatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required.get();
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw mismatch.get();
        }
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
