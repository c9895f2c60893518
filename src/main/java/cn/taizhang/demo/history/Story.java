package cn.taizhang.demo.history;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.cases.bulk.BulkCase;
import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.cases.lifecycle.Lifecycle;
import cn.taizhang.cases.lifecycle.Transition;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plays one report through the engine's own rules until "now": every step is a method of {@link Case}, taken
 * by a person whose capacity the lifecycle checks, at a time in office hours after the step before. While a
 * case is with its unit, the next thing to happen is whichever comes first of handling, a return, a deferral,
 * an extension request or decision, a leader's 挂牌督办 and the escalation rule's automatic one.
 */
final class Story {

    private static final long NEVER = Long.MAX_VALUE;

    private final Report report;
    private final Cast cast;
    private final WorkingDays calendar;
    private final WorkTime time;
    private final SplittableRandom random;
    private final List<BulkCase.Step> steps = new ArrayList<>();
    private final List<BulkCase.Supervision> supervisions = new ArrayList<>();
    private Case c;
    private long t;
    private Long nextUnit;
    private Long lastUnit;
    private boolean returnedOnce;
    private boolean reopenedOnce;
    private boolean leaderSupervised;
    private int reworks;
    private OffsetDateTime autoSupervisedFor;
    private long handleAt = NEVER, returnAt = NEVER, deferAt = NEVER, askAt = NEVER, decideAt = NEVER, superviseAt = NEVER;
    private long resumeAt = NEVER;

    Story(Report report, Cast cast, WorkingDays calendar, WorkTime time, SplittableRandom random) {
        this.report = report;
        this.cast = cast;
        this.calendar = calendar;
        this.time = time;
        this.random = random;
        this.c = Case.reported(report.spot().gridCode(), report.type().verificationRequired());
        this.t = report.minute();
    }

    Played play() {
        if (coordinated()) {
            while (next()) {
                // as below
            }
        } else if (later(Mix.minutes(random, Mix.REGISTER_MEDIAN))) {
            Person dispatcher = cast.dispatcher(grid(), random);
            if (random.nextDouble() < Mix.REJECTED) {
                String reason = random.nextDouble() < Mix.DUPLICATE ? "重复上报" : "不属于受理范围";
                apply(dispatcher, c.reject(dispatcher.capacities(grid(), null), reason, null));
            } else {
                apply(dispatcher, c.register(dispatcher.capacities(grid(), null)));
                while (next()) {
                    // each pass takes one step; the loop ends when the next step would come after "now"
                }
            }
        }
        return new Played(report, time.at(report.minute()), c, steps, supervisions);
    }

    private boolean next() {
        return switch (c.state()) {
            case REGISTERED -> later(Mix.minutes(random, Mix.DISPATCH_MEDIAN)) && dispatch();
            case DISPATCHED -> withUnit();
            case HANDLED -> later(Mix.minutes(random, Mix.VERIFY_MEDIAN)) && verify();
            case DEFERRED -> resumeAt != NEVER && at(resumeAt) && resume();
            case CLOSED -> !reopenedOnce && random.nextDouble() < Mix.REOPENED
                    && later(Math.round(Mix.logNormal(random, 10 * WorkTime.DAY, 0.5))) && reopen();
            default -> false;
        };
    }

    /**
     * 顶格协调: a problem a 镇街 leader collected on a visit is registered by that leader and dispatched at once to the
     * 镇街's office, as a recorded visit's are (cases.Coordination), instead of waiting for the command post.
     */
    private boolean coordinated() {
        Person leader = report.reporter();
        Set<Capacity> who = Capacity.coordinating(leader.roles(), leader.jurisdiction(), grid());
        Unit office = cast.office(grid());
        if (!"leader_visit".equals(report.source()) || who.isEmpty() || office == null) {
            return false;
        }
        applyAs(leader, who, c.register(who));
        dispatch(leader, who, office.id(), "走访企业收集的问题，顶格协调");
        return true;
    }

    private boolean dispatch() {
        Person dispatcher = cast.dispatcher(grid(), random);
        long unit = nextUnit != null ? nextUnit : cast.firstUnit(grid(), report.suggestedUnitId(), random);
        nextUnit = null;
        dispatch(dispatcher, dispatcher.capacities(grid(), null), unit, null);
        return true;
    }

    private void dispatch(Person by, Set<Capacity> who, long unit, String note) {
        lastUnit = unit;
        int days = report.severity().deadlineDays();
        OffsetDateTime now = time.at(t);
        applyAs(by, who, c.dispatch(who, unit, calendar.deadline(now, days), now, note));
        long span = (long) days * WorkTime.DAY;
        long deadlineMissed = time.after(c.deadline());
        handleAt = random.nextDouble() < Mix.STUCK ? NEVER
                : t + Math.max(1, Math.round(span * Mix.logNormal(random, Mix.HANDLE_SHARE_MEDIAN, Mix.HANDLE_SHARE_SPREAD)));
        returnAt = !returnedOnce && !reopenedOnce && random.nextDouble() < Mix.RETURNED ? t + Mix.minutes(random, 200) : NEVER;
        deferAt = random.nextDouble() < Mix.DEFERRED ? t + 1 + (long) (random.nextDouble() * Math.min(span, handleAt - t)) : NEVER;
        askAt = handleAt >= deadlineMissed && random.nextDouble() < Mix.LATE_ASKS ? t + (long) (0.7 * (deadlineMissed - t)) : NEVER;
        boolean grave = !report.severity().equals(report.type().severities().get(0));
        superviseAt = !leaderSupervised && random.nextDouble() < (grave ? Mix.SUPERVISED_GRAVE : Mix.SUPERVISED)
                ? t + 1 + (long) (random.nextDouble() * span) : NEVER;
    }

    /** With the unit: the first of its timers that comes before "now" happens. */
    private boolean withUnit() {
        long auto = automaticSupervision();
        long first = Math.min(Math.min(Math.min(handleAt, returnAt), Math.min(deferAt, askAt)), Math.min(Math.min(decideAt, superviseAt), auto));
        if (first == NEVER || !at(first)) {
            return false;
        }
        Person leader = first == auto || first == superviseAt || first == decideAt ? cast.leader(grid(), random) : null;
        if (first == auto) {
            String document = "督办-" + report.number() + "-" + (c.counters().supervisions() + 1);
            supervisions.add(new BulkCase.Supervision(time.at(t), document, report.spot().townName(),
                    calendar.deadline(time.at(t), report.type().superviseAfterDays() + 1), c.deadline(), true, null));
            autoSupervisedFor = c.deadline();
            record(null, "SYSTEM", c.superviseAutomatically(document));
        } else if (first == superviseAt) {
            superviseAt = NEVER;
            leaderSupervised = true;
            String document = "凯督〔" + time.at(t).getYear() + "〕" + report.number().substring(report.number().length() - 6) + "号";
            supervisions.add(new BulkCase.Supervision(time.at(t), document, report.spot().townName(), null, c.deadline(), false, leader.id()));
            apply(leader, c.supervise(leader.capacities(grid(), c.unitId()), document));
        } else if (first == decideAt) {
            decideAt = NEVER;
            apply(leader, random.nextDouble() < Mix.APPROVED
                    ? c.approveExtension(leader.capacities(grid(), c.unitId()), calendar.deadline(c.deadline(), c.extensionPendingDays()))
                    : c.refuseExtension(leader.capacities(grid(), c.unitId()), "延期理由不充分，请按期完成"));
        } else if (first == askAt) {
            askAt = NEVER;
            decideAt = t + Mix.minutes(random, Mix.DECIDE_MEDIAN);
            Person handler = handler();
            apply(handler, c.requestExtension(handler.capacities(grid(), c.unitId()), 5 + random.nextInt(11), "整改工程量大，需延期完成"));
        } else if (first == deferAt) {
            Person dispatcher = cast.dispatcher(grid(), random);
            apply(dispatcher, c.defer(dispatcher.capacities(grid(), null), "需等待资金或天气条件，暂缓办理", time.at(t)));
            resumeAt = random.nextDouble() < Mix.NEVER_RESUMED ? NEVER : t + Math.round(Mix.logNormal(random, 8 * WorkTime.DAY, 0.6));
            handleAt = handleAt == NEVER ? NEVER : handleAt + (resumeAt == NEVER ? 0 : resumeAt - t);
            clearTimers();
        } else if (first == returnAt) {
            returnedOnce = true;
            Person handler = handler();
            Unit other = cast.department(grid(), c.unitId(), random);
            Unit office = cast.office(grid());
            nextUnit = office != null && office.id() != c.unitId() ? office.id() : other.id();
            apply(handler, c.giveBack(handler.capacities(grid(), c.unitId()), "不属于本单位职责，请重新派遣"));
            handleAt = NEVER;
            clearTimers();
        } else {
            Person handler = handler();
            apply(handler, c.handle(handler.capacities(grid(), c.unitId()), "已按要求整改完毕，附整改前后照片", List.of(), time.at(t)));
            clearTimers();
        }
        return true;
    }

    /** When the escalation job would supervise the case: overdue by the type's working days, once per deadline. */
    private long automaticSupervision() {
        if (c.deadline() == null || c.deadline().equals(autoSupervisedFor)) {
            return NEVER;
        }
        int days = Math.max(report.type().superviseAfterDays(), 1);
        return Math.max(t, time.after(c.deadline()) + (long) (days - 1) * WorkTime.DAY + random.nextInt(10));
    }

    private boolean verify() {
        Person worker = random.nextDouble() < Mix.VERIFIED_BY_WORKER ? cast.gridWorker(grid(), random) : null;
        Person verifier = worker != null ? worker : cast.dispatcher(grid(), random);
        boolean passed = reworks >= 2 || random.nextDouble() >= Mix.REWORK;
        apply(verifier, c.verify(verifier.capacities(grid(), c.unitId()), passed, passed ? "现场核查，整改合格" : "整改不到位，需返工", time.at(t)));
        if (!passed) {
            reworks++;
            handleAt = t + Math.round(Mix.logNormal(random, 1.5 * WorkTime.DAY, 0.6));
        }
        return true;
    }

    private boolean resume() {
        Person dispatcher = cast.dispatcher(grid(), random);
        OffsetDateTime now = time.at(t);
        OffsetDateTime moved = c.deadline() == null ? null : calendar.deadline(c.deadline(), calendar.workingDaysBetween(c.deferredAt(), now));
        apply(dispatcher, c.resume(dispatcher.capacities(grid(), null), moved));
        resumeAt = NEVER;
        if (c.state() == CaseState.REGISTERED) {
            handleAt = NEVER;
        }
        return true;
    }

    private boolean reopen() {
        reopenedOnce = true;
        nextUnit = lastUnit;
        Person dispatcher = cast.dispatcher(grid(), random);
        apply(dispatcher, c.reopen(dispatcher.capacities(grid(), null), "群众反映问题反弹，重新办理"));
        return true;
    }

    private Person handler() {
        return cast.handler(c.unitId(), grid(), random);
    }

    private void clearTimers() {
        returnAt = NEVER;
        deferAt = NEVER;
        askAt = NEVER;
        decideAt = NEVER;
        superviseAt = NEVER;
    }

    /** Moves the clock on by a delay; false if that is not before "now". */
    private boolean later(long minutes) {
        return at(t + minutes);
    }

    private boolean at(long minute) {
        if (!time.happened(minute)) {
            return false;
        }
        t = Math.max(t, minute);
        return true;
    }

    private void apply(Person who, Transition transition) {
        applyAs(who, who.capacities(grid(), c.unitId()), transition);
    }

    /** Records a step taken in the capacities given (a visiting leader's are granted, not derived from roles). */
    private void applyAs(Person who, Set<Capacity> capacities, Transition transition) {
        record(who.id(), Lifecycle.actingAs(transition.event().action(), capacities).role().name(), transition);
    }

    private void record(Long actorId, String role, Transition transition) {
        steps.add(new BulkCase.Step(time.at(t), actorId, role, transition.event()));
        c = transition.after();
    }

    private String grid() {
        return report.spot().gridCode();
    }
}
