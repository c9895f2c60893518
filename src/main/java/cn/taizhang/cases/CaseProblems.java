package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.TransitionRefused;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.platform.web.FieldProblem;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The case module's failures as problem+json; a refused transition names the actions the caller has instead. */
final class CaseProblems {

    private CaseProblems() {
    }

    static final class NotAllowed extends ApiProblem {

        private final List<String> allowed;

        NotAllowed(TransitionRefused refused) {
            super(refused.noSay() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, refused.noSay() ? "FORBIDDEN" : "ACTION_NOT_ALLOWED",
                    refused.getMessage());
            this.allowed = refused.allowed().stream().map(Action::code).toList();
        }

        @Override
        public ProblemDetail toProblemDetail(String instance) {
            ProblemDetail body = super.toProblemDetail(instance);
            body.setProperty("allowed", allowed);
            return body;
        }
    }

    static ApiProblem refused(TransitionRefused refused) {
        return new NotAllowed(refused);
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("事项");
    }

    static ApiProblem versionMismatch() {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", "事项已被他人修改，请刷新后按最新版本重试");
    }

    static ApiProblem versionRequired() {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", "请在 If-Match 请求头中提供事项的版本（ETag）");
    }

    static ApiProblem typeVersionMismatch(String code) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", "事项类型 " + code + " 已被他人修改，请刷新后按最新版本重试");
    }

    static ApiProblem typeVersionRequired() {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", "请在 If-Match 请求头中提供事项类型的版本（ETag）");
    }

    static ApiProblem keyReused() {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", "该幂等键已用于内容不同的上报，请换用新的键");
    }

    static ApiProblem field(String field, String code, String detail) {
        return ApiProblem.invalid(List.of(new FieldProblem(field, code, detail)));
    }

    /** Parses {@code "7"}, {@code W/"7"} or {@code 7}. */
    static int expectedVersion(String ifMatch) {
        return expectedVersion(ifMatch, CaseProblems::versionRequired, CaseProblems::versionMismatch);
    }

    /** The same for a case type: its own wording of 428 and 412. */
    static int expectedTypeVersion(String ifMatch, String code) {
        return expectedVersion(ifMatch, CaseProblems::typeVersionRequired, () -> typeVersionMismatch(code));
    }

    private static int expectedVersion(String ifMatch, Supplier<ApiProblem> required, Supplier<ApiProblem> mismatch) {
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

    static String etag(int version) {
        return "\"" + version + "\"";
    }
}
