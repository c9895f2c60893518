package cn.taizhang.cases.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** What someone can do to a case; {@link #code()} is the last segment of {@code /cases/{id}/actions/{action}}. */
public enum Action {
    REGISTER("register", "立案"),
    REJECT("reject", "不予立案"),
    DISPATCH("dispatch", "派遣"),
    RETURN("return", "退回"),
    HANDLE("handle", "处置反馈"),
    VERIFY("verify", "核查"),
    REQUEST_EXTENSION("request-extension", "申请延期"),
    APPROVE_EXTENSION("approve-extension", "批准延期"),
    REFUSE_EXTENSION("refuse-extension", "不批准延期"),
    DEFER("defer", "缓办"),
    RESUME("resume", "恢复办理"),
    SUPERVISE("supervise", "挂牌督办"),
    REOPEN("reopen", "重新办理");

    private final String code;
    private final String label;

    Action(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** How a timeline names its first event, the report, which is no action on a case. */
    public static final String REPORT = "report";

    /** The name of an action, or of the report, as a timeline shows it; an unknown code as itself. */
    public static String labelOf(String code) {
        return REPORT.equals(code) ? "上报" : fromCode(code).map(Action::label).orElse(code);
    }

    public static Optional<Action> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
