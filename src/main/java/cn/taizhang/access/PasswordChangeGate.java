package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A signed-in caller whose password must change (new account, reset, expired) may do nothing else: the API answers
 * 403 {@code PASSWORD_CHANGE_REQUIRED}, pages send them to the change-password page.
 */
@Component
@Order(1)
class PasswordChangeGate extends HoldingGate {

    static final String PAGE = "/me/password";
    static final String API = "/api/v1/me/password";

    PasswordChangeGate(ProblemWriter problems) {
        super(problems, PAGE);
    }

    @Override
    boolean holds(Caller caller) {
        return caller.passwordChangeDue();
    }

    @Override
    boolean stepPath(String path) {
        return path.equals(PAGE) || path.equals(API);
    }

    @Override
    Problem problem() {
        return new Problem(Problem.Kind.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED", "须先修改密码（PUT " + API + "）才能继续使用");
    }
}
