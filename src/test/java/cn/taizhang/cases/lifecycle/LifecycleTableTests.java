package cn.taizhang.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state (a dispatched case with and without a pending extension) × every action × every
 * capacity: allowed exactly where the table below says, otherwise refused — 403-style when the
 * capacity never takes that action, 409-style with the allowed actions when the state forbids it.
 */
class LifecycleTableTests {

    /** "state[+pending] ACTION CAPACITY" for every allowed combination; written out independently of {@link Lifecycle}. */
    private static final Set<String> ALLOWED = Set.of(
            "REPORTED REGISTER AREA_DISPATCHER", "REPORTED REGISTER VISITING_LEADER", "REGISTERED DISPATCH VISITING_LEADER",
            "REPORTED REJECT AREA_DISPATCHER", "REPORTED SUPERVISE AREA_LEADER",
            "REGISTERED DISPATCH AREA_DISPATCHER", "REGISTERED DEFER AREA_DISPATCHER", "REGISTERED SUPERVISE AREA_LEADER",
            "DISPATCHED RETURN UNIT_HANDLER", "DISPATCHED HANDLE UNIT_HANDLER", "DISPATCHED REQUEST_EXTENSION UNIT_HANDLER",
            "DISPATCHED DEFER AREA_DISPATCHER", "DISPATCHED SUPERVISE AREA_LEADER",
            "DISPATCHED+pending RETURN UNIT_HANDLER", "DISPATCHED+pending HANDLE UNIT_HANDLER",
            "DISPATCHED+pending APPROVE_EXTENSION AREA_LEADER", "DISPATCHED+pending REFUSE_EXTENSION AREA_LEADER",
            "DISPATCHED+pending DEFER AREA_DISPATCHER", "DISPATCHED+pending SUPERVISE AREA_LEADER",
            "HANDLED VERIFY GRID_WORKER", "HANDLED VERIFY AREA_DISPATCHER", "HANDLED VERIFY REINSPECTOR", "HANDLED SUPERVISE AREA_LEADER",
            "CLOSED REOPEN AREA_DISPATCHER",
            "DEFERRED RESUME AREA_DISPATCHER", "DEFERRED SUPERVISE AREA_LEADER");

    /** Which capacities ever take each action. */
    private static final Set<String> HAS_SAY = Set.of(
            "REGISTER AREA_DISPATCHER", "REGISTER VISITING_LEADER", "REJECT AREA_DISPATCHER", "DISPATCH AREA_DISPATCHER",
            "DISPATCH VISITING_LEADER", "RETURN UNIT_HANDLER",
            "HANDLE UNIT_HANDLER", "VERIFY GRID_WORKER", "VERIFY AREA_DISPATCHER", "VERIFY REINSPECTOR", "REQUEST_EXTENSION UNIT_HANDLER",
            "APPROVE_EXTENSION AREA_LEADER", "REFUSE_EXTENSION AREA_LEADER", "DEFER AREA_DISPATCHER", "RESUME AREA_DISPATCHER",
            "SUPERVISE AREA_LEADER", "REOPEN AREA_DISPATCHER");

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (String situation : situations()) {
            for (Action action : Action.values()) {
                for (Capacity capacity : Capacity.values()) {
                    all.add(Arguments.of(situation, action, capacity));
                }
            }
        }
        return all.stream();
    }

    private static List<String> situations() {
        List<String> situations = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            situations.add(state.name());
        }
        situations.add("DISPATCHED+pending");
        return situations;
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyCombination")
    void eachCombinationIsAllowedOrRefusedForAReason(String situation, Action action, Capacity capacity) {
        Case c = caseIn(situation);
        Set<Capacity> who = EnumSet.of(capacity);
        if (ALLOWED.contains(situation + " " + action + " " + capacity)) {
            assertThatCode(() -> Lifecycle.require(c, action, who)).doesNotThrowAnyException();
            assertThat(c.allowedActions(who)).contains(action);
            return;
        }
        TransitionRefused refused = catchThrowableOfType(TransitionRefused.class, () -> Lifecycle.require(c, action, who));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.noSay()).isEqualTo(!HAS_SAY.contains(action + " " + capacity));
        assertThat(refused.allowed()).doesNotContain(action).isEqualTo(c.allowedActions(who));
        assertThat(refused.getMessage()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("situationNames")
    void nobodyWithoutAPartMayDoAnything(String situation) {
        Case c = caseIn(situation);
        for (Action action : Action.values()) {
            TransitionRefused refused = catchThrowableOfType(TransitionRefused.class, () -> Lifecycle.require(c, action, Set.of()));
            assertThat(refused.noSay()).isTrue();
        }
        assertThat(c.allowedActions(Set.of())).isEmpty();
    }

    static Stream<String> situationNames() {
        return situations().stream();
    }

    static Case caseIn(String situation) {
        boolean pending = situation.endsWith("+pending");
        CaseState state = CaseState.valueOf(situation.replace("+pending", ""));
        OffsetDateTime deadline = state == CaseState.DISPATCHED || state == CaseState.HANDLED ? OffsetDateTime.parse("2026-03-10T23:59:59+08:00") : null;
        return new Case(1, state, "522601002002001", deadline == null ? null : 7L, true, deadline, null, null, null,
                pending ? 3 : null, pending ? "需要协调" : null, state == CaseState.DEFERRED ? CaseState.DISPATCHED : null, null,
                null, Case.Counters.NONE, 4);
    }
}
