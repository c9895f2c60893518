package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A signed-in caller who must have a second factor and has none may only enrol (and change a password that is due,
 * which {@link PasswordChangeGate} asks first): the API answers 403 {@code TWO_FACTOR_ENROLMENT_REQUIRED}, pages send
 * them to the enrolment page.
 */
@Component
@Order(2)
class SecondFactorGate extends HoldingGate {

    static final String PAGE = "/me/two-factor";
    static final String API = "/api/v1/me/two-factor";
    private static final Set<String> STEP = Set.of(PAGE, API, API + "/confirm", PasswordChangeGate.PAGE, PasswordChangeGate.API);

    SecondFactorGate(ProblemWriter problems) {
        super(problems, PAGE);
    }

    @Override
    boolean holds(Caller caller) {
        return caller.secondFactorDue();
    }

    @Override
    boolean stepPath(String path) {
        return STEP.contains(path);
    }

    @Override
    Problem problem() {
        return new Problem(Problem.Kind.FORBIDDEN, "TWO_FACTOR_ENROLMENT_REQUIRED",
                "须先绑定动态口令（POST " + API + "，再 POST " + API + "/confirm）才能继续使用");
    }
}
