package cn.taizhang.cases.lifecycle;

import static cn.taizhang.cases.lifecycle.Capacity.AREA_DISPATCHER;
import static cn.taizhang.cases.lifecycle.Capacity.AREA_LEADER;
import static cn.taizhang.cases.lifecycle.Capacity.GRID_WORKER;
import static cn.taizhang.cases.lifecycle.Capacity.UNIT_HANDLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taizhang.organisation.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseTransitionTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-03-09T23:59:59+08:00");
    static final Set<Capacity> DISPATCHER = Set.of(AREA_DISPATCHER);
    static final Set<Capacity> UNIT = Set.of(UNIT_HANDLER);
    static final Set<Capacity> LEADER = Set.of(AREA_LEADER);

    private Case dispatched(boolean verification) {
        Case c = Case.reported("522601002002001", verification).register(DISPATCHER).after();
        return c.dispatch(DISPATCHER, 7L, DEADLINE, NOW).after();
    }

    @Test
    void theWholeLoopRecordsEachStep() {
        Transition registered = Case.reported("522601002002001", true).register(DISPATCHER);
        assertThat(registered.event().from()).isEqualTo(CaseState.REPORTED);
        assertThat(registered.event().to()).isEqualTo(CaseState.REGISTERED);
        Transition dispatched = registered.after().dispatch(DISPATCHER, 7L, DEADLINE, NOW);
        assertThat(dispatched.after().unitId()).isEqualTo(7L);
        assertThat(dispatched.after().deadline()).isEqualTo(DEADLINE);
        Transition handled = dispatched.after().handle(UNIT, "已清理", List.of(11L, 12L), NOW);
        assertThat(handled.after().state()).isEqualTo(CaseState.HANDLED);
        assertThat(handled.event().attachments()).containsExactly(11L, 12L);
        Transition closed = handled.after().verify(Set.of(GRID_WORKER), true, "现场核查合格", NOW);
        assertThat(closed.after().state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.after().closedAt()).isEqualTo(NOW);
        assertThat(closed.event().data()).containsEntry("passed", true);
    }

    @Test
    void aTypeWithoutVerificationClosesWhenHandled() {
        Transition handled = dispatched(false).handle(UNIT, "已协调解决", List.of(), NOW);
        assertThat(handled.after().state()).isEqualTo(CaseState.CLOSED);
        assertThat(handled.event().to()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void failedVerificationIsReworkAndCounted() {
        Case handled = dispatched(true).handle(UNIT, "已整改", List.of(), NOW).after();
        Case rework = handled.verify(DISPATCHER, false, "未整改到位", NOW).after();
        assertThat(rework.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(rework.counters().rework()).isEqualTo(1);
        assertThat(rework.unitId()).isEqualTo(7L);
    }

    @Test
    void aReturnGoesBackForRedispatchAndIsCounted() {
        Transition back = dispatched(true).giveBack(UNIT, "不属于本单位职责");
        assertThat(back.after().state()).isEqualTo(CaseState.REGISTERED);
        assertThat(back.after().unitId()).isNull();
        assertThat(back.after().deadline()).isNull();
        assertThat(back.after().counters().returns()).isEqualTo(1);
        assertThat(back.event().note()).isEqualTo("不属于本单位职责");
    }

    @Test
    void rejectionKeepsTheDuplicateLink() {
        Transition rejected = Case.reported("522601002002001", true).reject(DISPATCHER, "重复上报", 41L);
        assertThat(rejected.after().state()).isEqualTo(CaseState.REJECTED);
        assertThat(rejected.after().duplicateOf()).isEqualTo(41L);
        assertThat(rejected.event().data()).containsEntry("duplicateOf", 41L);
    }

    @Test
    void anExtensionIsAskedThenApprovedOrRefused() {
        Case asked = dispatched(true).requestExtension(UNIT, 3, "需协调供电部门").after();
        assertThat(asked.extensionPending()).isTrue();
        assertThat(asked.allowedActions(UNIT)).doesNotContain(Action.REQUEST_EXTENSION);
        OffsetDateTime later = DEADLINE.plusDays(3);
        Case approved = asked.approveExtension(LEADER, later).after();
        assertThat(approved.deadline()).isEqualTo(later);
        assertThat(approved.extensionPending()).isFalse();
        assertThat(approved.counters().extensions()).isEqualTo(1);
        Case refused = asked.refuseExtension(LEADER, "理由不充分").after();
        assertThat(refused.deadline()).isEqualTo(DEADLINE);
        assertThat(refused.counters().extensions()).isZero();
        assertThat(refused.extensionPending()).isFalse();
    }

    @Test
    void aPendingExtensionLapsesWhenTheCaseIsHandled() {
        Case asked = dispatched(true).requestExtension(UNIT, 3, "需协调").after();
        assertThat(asked.handle(UNIT, "已处置", List.of(), NOW).after().extensionPending()).isFalse();
    }

    @Test
    void aDeferredCaseResumesWhereItWasWithTheDeadlineMoved() {
        Case deferred = dispatched(true).defer(DISPATCHER, "等待汛期结束", NOW).after();
        assertThat(deferred.state()).isEqualTo(CaseState.DEFERRED);
        assertThat(deferred.counters().deferrals()).isEqualTo(1);
        OffsetDateTime moved = DEADLINE.plusDays(10);
        Case resumed = deferred.resume(DISPATCHER, moved).after();
        assertThat(resumed.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(resumed.deadline()).isEqualTo(moved);
        assertThat(resumed.deferredFrom()).isNull();
    }

    @Test
    void supervisionKeepsTheStateAndCounts() {
        Transition supervised = dispatched(true).supervise(LEADER, "凯安督〔2026〕3号");
        assertThat(supervised.after().state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(supervised.after().counters().supervisions()).isEqualTo(1);
        assertThat(supervised.event().data()).containsEntry("documentNumber", "凯安督〔2026〕3号");
    }

    @Test
    void aClosedCaseReopensForRedispatch() {
        Case closed = dispatched(false).handle(UNIT, "ok", List.of(), NOW).after();
        Case reopened = closed.reopen(DISPATCHER, "群众再次反映").after();
        assertThat(reopened.state()).isEqualTo(CaseState.REGISTERED);
        assertThat(reopened.counters().reopenings()).isEqualTo(1);
        assertThat(reopened.closedAt()).isNull();
    }

    @Test
    void refusalsSayWhyAndWhatIsAllowed() {
        Case registered = Case.reported("522601002002001", true).register(DISPATCHER).after();
        assertThatThrownBy(() -> registered.register(DISPATCHER))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                    assertThat(r.noSay()).isFalse();
                    assertThat(r.allowed()).containsExactly(Action.DISPATCH, Action.DEFER);
                });
        assertThatThrownBy(() -> registered.dispatch(Set.of(GRID_WORKER), 7L, DEADLINE, NOW))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.noSay()).isTrue());
    }

    @Test
    void capacitiesComeFromRoleJurisdictionAndUnit() {
        String grid = "522601002002001";
        assertThat(Capacity.of(Set.of(Role.DISPATCHER), "522601002", null, grid, null)).containsExactly(AREA_DISPATCHER);
        assertThat(Capacity.of(Set.of(Role.DISPATCHER), "522601003", null, grid, null)).isEmpty();
        assertThat(Capacity.of(Set.of(Role.HANDLER), "522601", 7L, grid, 7L)).containsExactly(UNIT_HANDLER);
        assertThat(Capacity.of(Set.of(Role.HANDLER), "522601", 8L, grid, 7L)).isEmpty();
        assertThat(Capacity.of(Set.of(Role.GRID_WORKER), grid, null, grid, null)).containsExactly(GRID_WORKER);
        assertThat(Capacity.of(Set.of(Role.GRID_WORKER), "522601002002002", null, grid, null)).isEmpty();
        assertThat(Capacity.of(Set.of(Role.LEADER), "522601", null, grid, null)).containsExactly(AREA_LEADER);
        assertThat(Capacity.of(Set.of(Role.LEADER), "522601", 7L, grid, 7L)).isEmpty(); // a department's leader
    }
}
