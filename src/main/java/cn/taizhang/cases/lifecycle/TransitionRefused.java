package cn.taizhang.cases.lifecycle;

import java.util.List;

/**
 * An action refused. {@code noSay}: the caller plays no part that could ever take this action on this
 * case (HTTP 403); otherwise the state does not allow it now (409) and {@code allowed} lists what the
 * caller can do instead.
 */
public class TransitionRefused extends RuntimeException {

    private final Action action;
    private final boolean noSay;
    private final List<Action> allowed;

    TransitionRefused(Action action, CaseState state, boolean noSay, List<Action> allowed) {
        super(noSay ? "您在此事项中无权执行“" + action.label() + "”"
                : "事项当前状态为“" + state.label() + "”，不能执行“" + action.label() + "”");
        this.action = action;
        this.noSay = noSay;
        this.allowed = List.copyOf(allowed);
    }

    public Action action() {
        return action;
    }

    public boolean noSay() {
        return noSay;
    }

    public List<Action> allowed() {
        return allowed;
    }
}
