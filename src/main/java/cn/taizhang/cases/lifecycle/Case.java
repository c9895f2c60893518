package cn.taizhang.cases.lifecycle;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The lifecycle-relevant state of one case. Every action is a method that checks the rules of
 * {@link Lifecycle} and returns the case after it with the event that records it; nothing is changed
 * in place. Deadlines are computed by the caller on the working-day calendar and passed in.
 */
public record Case(long id, CaseState state, String gridCode, Long unitId, boolean verificationRequired,
        OffsetDateTime deadline, OffsetDateTime dispatchedAt, OffsetDateTime handledAt, OffsetDateTime closedAt,
        Integer extensionPendingDays, String extensionReason, CaseState deferredFrom, OffsetDateTime deferredAt,
        Long duplicateOf, Counters counters, int version) {

    /** The counts that feed the indicators (返工率, 延期率, 准确派遣率 …). */
    public record Counters(int rework, int returns, int extensions, int deferrals, int supervisions, int reopenings) {

        public static final Counters NONE = new Counters(0, 0, 0, 0, 0, 0);
    }

    /** A fresh report. */
    public static Case reported(String gridCode, boolean verificationRequired) {
        return new Case(0, CaseState.REPORTED, gridCode, null, verificationRequired, null, null, null, null, null, null, null, null,
                null, Counters.NONE, 1);
    }

    public boolean extensionPending() {
        return extensionPendingDays != null;
    }

    public List<Action> allowedActions(Set<Capacity> who) {
        return Lifecycle.allowedActions(this, who);
    }

    public Transition register(Set<Capacity> who) {
        Lifecycle.require(this, Action.REGISTER, who);
        return to(CaseState.REGISTERED, Action.REGISTER, null, Map.of(), b -> { });
    }

    public Transition reject(Set<Capacity> who, String reason, Long duplicateOf) {
        Lifecycle.require(this, Action.REJECT, who);
        return to(CaseState.REJECTED, Action.REJECT, reason, duplicateOf == null ? Map.of() : Map.of("duplicateOf", duplicateOf),
                b -> b.duplicateOf = duplicateOf);
    }

    public Transition dispatch(Set<Capacity> who, long unit, OffsetDateTime deadline, OffsetDateTime now) {
        return dispatch(who, unit, deadline, now, null);
    }

    /** {@code note}: why it goes there, as the timeline shows it (a visit's 顶格协调). */
    public Transition dispatch(Set<Capacity> who, long unit, OffsetDateTime deadline, OffsetDateTime now, String note) {
        Lifecycle.require(this, Action.DISPATCH, who);
        return to(CaseState.DISPATCHED, Action.DISPATCH, note, Map.of("unit", unit, "deadline", deadline.toString()), b -> {
            b.unitId = unit;
            b.deadline = deadline;
            b.dispatchedAt = now;
        });
    }

    /** 退回: the unit says the case is not its own; the dispatcher sends it again. */
    public Transition giveBack(Set<Capacity> who, String reason) {
        Lifecycle.require(this, Action.RETURN, who);
        return to(CaseState.REGISTERED, Action.RETURN, reason, Map.of("unit", unitId), b -> {
            b.unitId = null;
            b.deadline = null;
            b.dispatchedAt = null;
            b.counters = counters(c -> c.returns++);
        });
    }

    /** A type without on-site verification closes when handled. */
    public Transition handle(Set<Capacity> who, String note, List<Long> evidence, OffsetDateTime now) {
        Lifecycle.require(this, Action.HANDLE, who);
        CaseState next = verificationRequired ? CaseState.HANDLED : CaseState.CLOSED;
        Transition t = to(next, Action.HANDLE, note, Map.of(), b -> {
            b.handledAt = now;
            if (next == CaseState.CLOSED) {
                b.closedAt = now;
            }
        });
        return new Transition(t.after(), new CaseEvent(Action.HANDLE, state, next, note, Map.of(), evidence));
    }

    /** 核查: passed closes the case, failed sends it back to the unit as rework (返工). */
    public Transition verify(Set<Capacity> who, boolean passed, String note, OffsetDateTime now) {
        Lifecycle.require(this, Action.VERIFY, who);
        if (passed) {
            return to(CaseState.CLOSED, Action.VERIFY, note, Map.of("passed", true), b -> b.closedAt = now);
        }
        return to(CaseState.DISPATCHED, Action.VERIFY, note, Map.of("passed", false), b -> {
            b.handledAt = null;
            b.counters = counters(c -> c.rework++);
        });
    }

    public Transition requestExtension(Set<Capacity> who, int workingDays, String reason) {
        Lifecycle.require(this, Action.REQUEST_EXTENSION, who);
        return to(state, Action.REQUEST_EXTENSION, reason, Map.of("workingDays", workingDays), b -> {
            b.extensionPendingDays = workingDays;
            b.extensionReason = reason;
        });
    }

    /** {@code newDeadline}: the old one moved by the requested working days. */
    public Transition approveExtension(Set<Capacity> who, OffsetDateTime newDeadline) {
        Lifecycle.require(this, Action.APPROVE_EXTENSION, who);
        Map<String, Object> data = Map.of("workingDays", extensionPendingDays, "from", deadline.toString(), "to", newDeadline.toString());
        return to(state, Action.APPROVE_EXTENSION, null, data, b -> {
            b.deadline = newDeadline;
            b.extensionPendingDays = null;
            b.extensionReason = null;
            b.counters = counters(c -> c.extensions++);
        });
    }

    public Transition refuseExtension(Set<Capacity> who, String reason) {
        Lifecycle.require(this, Action.REFUSE_EXTENSION, who);
        return to(state, Action.REFUSE_EXTENSION, reason, Map.of("workingDays", extensionPendingDays), b -> {
            b.extensionPendingDays = null;
            b.extensionReason = null;
        });
    }

    /** 缓办: the clock stops until the case resumes. */
    public Transition defer(Set<Capacity> who, String reason, OffsetDateTime now) {
        Lifecycle.require(this, Action.DEFER, who);
        return to(CaseState.DEFERRED, Action.DEFER, reason, Map.of(), b -> {
            b.deferredFrom = state;
            b.deferredAt = now;
            b.extensionPendingDays = null;
            b.extensionReason = null;
            b.counters = counters(c -> c.deferrals++);
        });
    }

    /** {@code newDeadline}: the deadline moved by the working days spent deferred (null if the case had none). */
    public Transition resume(Set<Capacity> who, OffsetDateTime newDeadline) {
        Lifecycle.require(this, Action.RESUME, who);
        Map<String, Object> data = new LinkedHashMap<>();
        if (newDeadline != null) {
            data.put("deadline", newDeadline.toString());
        }
        return to(deferredFrom, Action.RESUME, null, data, b -> {
            b.deadline = newDeadline;
            b.deferredFrom = null;
            b.deferredAt = null;
        });
    }

    public Transition supervise(Set<Capacity> who, String documentNumber) {
        Lifecycle.require(this, Action.SUPERVISE, who);
        return supervised(documentNumber, false);
    }

    /** 挂牌督办 by the escalation rules rather than by a person: no capacity needed. */
    public Transition superviseAutomatically(String documentNumber) {
        return supervised(documentNumber, true);
    }

    public Transition reopen(Set<Capacity> who, String reason) {
        Lifecycle.require(this, Action.REOPEN, who);
        return to(CaseState.REGISTERED, Action.REOPEN, reason, Map.of(), b -> {
            b.unitId = null;
            b.deadline = null;
            b.dispatchedAt = null;
            b.handledAt = null;
            b.closedAt = null;
            b.counters = counters(c -> c.reopenings++);
        });
    }

    private Transition supervised(String documentNumber, boolean automatic) {
        return to(state, Action.SUPERVISE, null, Map.of("documentNumber", documentNumber, "automatic", automatic),
                b -> b.counters = counters(c -> c.supervisions++));
    }

    private Transition to(CaseState next, Action action, String note, Map<String, Object> data, Consumer<Builder> change) {
        Builder b = new Builder(this);
        b.state = next;
        if (next != CaseState.DISPATCHED) {
            // a request for more time lapses once the clock no longer runs for the unit
            b.extensionPendingDays = null;
            b.extensionReason = null;
        }
        change.accept(b);
        return new Transition(b.build(), CaseEvent.of(action, state, next, note, data));
    }

    private Counters counters(Consumer<MutableCounters> change) {
        MutableCounters m = new MutableCounters(counters);
        change.accept(m);
        return m.build();
    }
}
