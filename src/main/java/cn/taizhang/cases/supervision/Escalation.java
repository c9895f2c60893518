package cn.taizhang.cases.supervision;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.cases.CaseRepository;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.CaseViews;
import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.Transition;
import cn.taizhang.notices.Notice;
import cn.taizhang.notices.Notices;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates dispatched cases by their type's rule: a reminder to the unit's handlers once the share of
 * the time is used (即将到期), a notice when the deadline has just passed (已超期), then 挂牌督办 with a notice to the area's leaders once overdue by N working days.
 * Safe to run on several instances at once: rows are claimed with SKIP LOCKED, notices carry dedup keys
 * and an automatic supervision is unique per case and deadline — nothing rests on memory.
 */
@Component
class Escalation {

    /** {@code reminded}: cases whose handlers were told (即将到期 or 已超期) in this pass. */
    record Result(int reminded, int supervised) {
    }

    /** How long after a deadline its 已超期 notice still goes out. */
    static final Duration OVERDUE_NOTICE_WINDOW = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final CaseTypes types;
    private final Supervisions supervisions;
    private final Units units;
    private final Notices notices;
    private final WorkingDays workingDays;
    private final Territory territory;
    private final TransactionTemplate tx;

    Escalation(JdbcClient jdbc, CaseRepository cases, CaseTypes types, Supervisions supervisions, Units units, Notices notices,
            WorkingDays workingDays, Territory territory, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.types = types;
        this.supervisions = supervisions;
        this.units = units;
        this.notices = notices;
        this.workingDays = workingDays;
        this.territory = territory;
        this.tx = tx;
    }

    @Scheduled(initialDelayString = "${taizhang.cases.escalation-delay:PT2M}", fixedDelayString = "${taizhang.cases.escalation-interval:PT10M}")
    void run() {
        escalate(OffsetDateTime.now());
    }

    /** One pass as of {@code now}; callable directly with any "now". */
    Result escalate(OffsetDateTime now) {
        return tx.execute(status -> {
            List<CaseRow> due = jdbc.sql(CaseRow.SELECT + """
                            WHERE c.state = 'dispatched' AND c.deadline IS NOT NULL AND c.dispatched_at IS NOT NULL
                              AND c.dispatched_at + t.remind_share * (c.deadline - c.dispatched_at) <= :now
                            ORDER BY c.deadline LIMIT 1000
                            FOR UPDATE OF c SKIP LOCKED
                            """)
                    .param("now", now).query(CaseRow::map).list();
            Map<String, CaseType> rules = types.all().stream().collect(Collectors.toMap(CaseType::code, Function.identity()));
            int reminded = 0;
            int supervised = 0;
            for (CaseRow row : due) {
                reminded += remind(row, now) ? 1 : 0;
                supervised += superviseIfLate(row, rules.get(row.type()), now) ? 1 : 0;
            }
            return new Result(reminded, supervised);
        });
    }

    /**
     * Tells the unit's handlers once per deadline: 即将到期 while the deadline lies ahead, 已超期 in the first day after it.
     * A case found later than that (the job was not running, or the application starts on an old database) gets neither:
     * it is in the 超期 queue and the automatic supervision speaks for it, not a burst of stale reminders.
     */
    private boolean remind(CaseRow row, OffsetDateTime now) {
        Case c = row.lifecycle();
        String deadline = CaseViews.local(c.deadline()).toLocalDate().toString();
        if (now.isBefore(c.deadline())) {
            return notices.send(new Notice(units.handlersOf(c.unitId(), row.gridCode()), "case.remind", "事项即将到期：" + row.number(),
                    "请于 " + deadline + " 前办结：" + row.description(), "/api/v1/cases/" + row.id(),
                    "case:" + row.id() + ":remind:" + c.deadline().toInstant())) > 0;
        }
        if (now.isBefore(c.deadline().plus(OVERDUE_NOTICE_WINDOW))) {
            return notices.send(new Notice(units.handlersOf(c.unitId(), row.gridCode()), "case.overdue", "事项已超期：" + row.number(),
                    "处置期限 " + deadline + " 已过，请尽快办结：" + row.description(), "/api/v1/cases/" + row.id(),
                    "case:" + row.id() + ":overdue:" + c.deadline().toInstant())) > 0;
        }
        return false;
    }

    private boolean superviseIfLate(CaseRow row, CaseType type, OffsetDateTime now) {
        Case c = row.lifecycle();
        if (!now.isAfter(c.deadline()) || workingDays.workingDaysBetween(c.deadline(), now) < type.superviseAfterDays()) {
            return false;
        }
        String town = row.gridCode().substring(0, 9);
        String unit = territory.names(List.of(town), Scope.area(town)).getOrDefault(town, town);
        String document = "督办-" + row.number() + "-" + (c.counters().supervisions() + 1);
        if (!supervisions.addAutomatic(row.id(), document, unit, workingDays.deadline(now, type.superviseAfterDays() + 1), c.deadline())) {
            return false;
        }
        Transition t = c.superviseAutomatically(document);
        if (!cases.save(t.after())) {
            throw new IllegalStateException("case " + row.id() + " changed while locked");
        }
        cases.append(row.id(), null, "SYSTEM", t.event(), now);
        notices.send(new Notice(units.leadersCovering(row.gridCode()), "case.supervised", "事项超期挂牌督办：" + row.number(),
                type.name() + "，已超期，督办文号 " + document, "/api/v1/cases/" + row.id(),
                "case:" + row.id() + ":supervise:" + c.deadline().toInstant()));
        return true;
    }
}
