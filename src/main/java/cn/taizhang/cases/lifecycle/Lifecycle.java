package cn.taizhang.cases.lifecycle;

import static cn.taizhang.cases.lifecycle.Capacity.AREA_DISPATCHER;
import static cn.taizhang.cases.lifecycle.Capacity.AREA_LEADER;
import static cn.taizhang.cases.lifecycle.Capacity.GRID_WORKER;
import static cn.taizhang.cases.lifecycle.Capacity.REINSPECTOR;
import static cn.taizhang.cases.lifecycle.Capacity.UNIT_HANDLER;
import static cn.taizhang.cases.lifecycle.Capacity.VISITING_LEADER;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of the loop in one table: for each action, who may take it and in which situation.
 * Everything else is refused, with the reason.
 */
public final class Lifecycle {

    private record Rule(Set<Capacity> who, Predicate<Case> when) {
    }

    private static final Map<Action, Rule> RULES = new EnumMap<>(Action.class);

    static {
        // a leader's visit registers and dispatches the problems it collected itself (顶格协调)
        rule(Action.REGISTER, Set.of(AREA_DISPATCHER, VISITING_LEADER), in(CaseState.REPORTED));
        rule(Action.REJECT, Set.of(AREA_DISPATCHER), in(CaseState.REPORTED));
        rule(Action.DISPATCH, Set.of(AREA_DISPATCHER, VISITING_LEADER), in(CaseState.REGISTERED));
        rule(Action.RETURN, Set.of(UNIT_HANDLER), in(CaseState.DISPATCHED));
        rule(Action.HANDLE, Set.of(UNIT_HANDLER), in(CaseState.DISPATCHED));
        // a re-inspection (复查) of a handled hazard verifies it too
        rule(Action.VERIFY, Set.of(GRID_WORKER, AREA_DISPATCHER, REINSPECTOR), in(CaseState.HANDLED));
        // an extension is asked for while the clock runs, one request at a time
        rule(Action.REQUEST_EXTENSION, Set.of(UNIT_HANDLER), in(CaseState.DISPATCHED).and(c -> !c.extensionPending()));
        rule(Action.APPROVE_EXTENSION, Set.of(AREA_LEADER), in(CaseState.DISPATCHED).and(Case::extensionPending));
        rule(Action.REFUSE_EXTENSION, Set.of(AREA_LEADER), in(CaseState.DISPATCHED).and(Case::extensionPending));
        rule(Action.DEFER, Set.of(AREA_DISPATCHER), in(CaseState.REGISTERED, CaseState.DISPATCHED));
        rule(Action.RESUME, Set.of(AREA_DISPATCHER), in(CaseState.DEFERRED));
        rule(Action.SUPERVISE, Set.of(AREA_LEADER), c -> c.state().open());
        rule(Action.REOPEN, Set.of(AREA_DISPATCHER), in(CaseState.CLOSED));
    }

    private Lifecycle() {
    }

    /** The actions these capacities can take on the case as it stands, in declaration order. */
    public static List<Action> allowedActions(Case c, Set<Capacity> who) {
        return Arrays.stream(Action.values()).filter(a -> allows(c, a, who)).toList();
    }

    public static boolean allows(Case c, Action action, Set<Capacity> who) {
        Rule rule = RULES.get(action);
        return !Collections.disjoint(rule.who(), who) && rule.when().test(c);
    }

    /** Throws unless these capacities may take the action now. */
    public static void require(Case c, Action action, Set<Capacity> who) {
        Rule rule = RULES.get(action);
        if (Collections.disjoint(rule.who(), who)) {
            throw new TransitionRefused(action, c.state(), true, allowedActions(c, who));
        }
        if (!rule.when().test(c)) {
            throw new TransitionRefused(action, c.state(), false, allowedActions(c, who));
        }
    }

    /** The capacities that can ever take the action, whatever the state. */
    public static Set<Capacity> whoMay(Action action) {
        return RULES.get(action).who();
    }

    /** The capacity in which these capacities take the action (the first that may), as the timeline records it. */
    public static Capacity actingAs(Action action, Set<Capacity> who) {
        return whoMay(action).stream().filter(who::contains).sorted().findFirst()
                .orElseThrow(() -> new IllegalArgumentException(action + " is not open to " + who));
    }

    private static void rule(Action action, Set<Capacity> who, Predicate<Case> when) {
        RULES.put(action, new Rule(who, when));
    }

    private static Predicate<Case> in(CaseState... states) {
        Set<CaseState> set = Set.of(states);
        return c -> set.contains(c.state());
    }
}
