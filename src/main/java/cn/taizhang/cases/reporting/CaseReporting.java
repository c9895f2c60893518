package cn.taizhang.cases.reporting;

import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseProblems;
import cn.taizhang.cases.CaseRepository;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.CaseSubjects;
import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.db.GroupCommit;
import cn.taizhang.territory.Crs;
import cn.taizhang.territory.LatLng;
import cn.taizhang.territory.Territory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes reports in. A report carries a client id (or an Idempotency-Key): a retry with the same content
 * gets the same case back, the same key with other content is refused. A success answer means committed.
 */
@Service
public class CaseReporting {

    /** Reports written by one statement at most. */
    static final int MAX_GROUP = 100;

    /** A case and whether this request made it (false: a retry found it). */
    public record Reported(CaseRow row, boolean created) {
    }

    /** A report to write, with the audit facts of its request (none outside a request). */
    private record Write(CaseRepository.NewRow row, AuditNote.Change change) {
    }

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final CaseTypes types;
    private final Units units;
    private final Territory territory;
    private final GroupCommit<Write, CaseRow> writes;
    private final List<CaseSubjects> subjects;

    CaseReporting(CaseRepository cases, CaseNumbers numbers, CaseTypes types, Units units, Territory territory,
            @Value("${taizhang.cases.report-writers:1}") int writers, List<CaseSubjects> subjects) {
        this.subjects = subjects;
        this.cases = cases;
        this.numbers = numbers;
        this.types = types;
        this.units = units;
        this.territory = territory;
        this.writes = new GroupCommit<>(this::insert, writers, MAX_GROUP);
    }

    /**
     * One statement writes the case with its report event and audit row (and its tally delta, by trigger), committed
     * on its own, together with the reports of other requests that arrived meanwhile ({@link GroupCommit}). Inserted
     * first, with no look-up: a retry meets the earlier case's client id or key, is skipped, and is answered with
     * that case. Inside a caller's transaction the case is written in it, alone.
     */
    public Reported report(Actor actor, NewCase report, String idempotencyKey) {
        CaseRepository.NewRow row = prepare(lookups(actor), actor, report, idempotencyKey, false);
        Write write = new Write(row, AuditNote.change().orElse(null));
        CaseRow inserted = TransactionSynchronizationManager.isActualTransactionActive() ? insert(List.of(write)).get(0)
                : writes.submit(write);
        if (inserted == null) {
            return earlier(actor, report, idempotencyKey, row.requestHash())
                    .orElseThrow(() -> new IllegalStateException("case " + row.number() + " was skipped as taken, and no earlier case was found"));
        }
        if (write.change() != null) {
            AuditNote.written();
        }
        return new Reported(inserted, true);
    }

    /**
     * Writes reports without client ids inside the caller's transaction, in one statement, each case with its audit row:
     * the hazards an inspection found are written with the inspection or not at all. Answers the cases in order; a bad
     * report throws its problems and writes nothing.
     */
    public List<CaseRow> reportAllWithin(Actor actor, List<NewCase> reports) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("reportAllWithin needs the caller's transaction");
        }
        ReportLookups lookups = lookups(actor);
        List<CaseRepository.NewRow> rows = reports.stream().map(r -> prepare(lookups, actor, r, null, false)).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, CaseRow> inserted = cases.insertAll(rows, Collections.nCopies(rows.size(), AuditNote.change().orElse(null)));
        return rows.stream().map(row -> inserted.get(row.number())).toList();
    }

    /** Writes reports in one statement; answers each one's row, null where it was skipped as taken. */
    private List<CaseRow> insert(List<Write> batch) {
        Map<String, CaseRow> inserted = cases.insertAll(batch.stream().map(Write::row).toList(), batch.stream().map(Write::change).toList());
        return batch.stream().map(write -> inserted.get(write.row().number())).toList();
    }

    ReportLookups lookups(Actor actor) {
        return new ReportLookups(actor, types, units, territory);
    }

    /** Checks a report and makes the row to insert, number included; throws the problems of a bad report. */
    CaseRepository.NewRow prepare(ReportLookups lookups, Actor actor, NewCase report, String idempotencyKey, boolean clientIdRequired) {
        if (!actor.mayReport()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "管理员账号不能上报事项");
        }
        List<FieldProblem> problems = report.problems(clientIdRequired);
        if (idempotencyKey != null && idempotencyKey.length() > 200) {
            problems.add(new FieldProblem("Idempotency-Key", "TOO_LONG", "Idempotency-Key 不能超过 200 个字符"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return row(lookups, actor, report, idempotencyKey, report.hash(actor.id()));
    }

    Optional<Reported> earlier(Actor actor, NewCase report, String key, String hash) {
        Optional<CaseRow> found = report.uuid() != null ? cases.findByClientId(report.uuid()) : Optional.empty();
        if (found.isEmpty() && key != null) {
            found = cases.findByKey(actor.id(), key);
        }
        if (found.isPresent() && !found.get().requestHash().equals(hash)) {
            throw CaseProblems.keyReused();
        }
        return found.map(row -> new Reported(row, false));
    }

    private CaseRepository.NewRow row(ReportLookups lookups, Actor actor, NewCase report, String key, String hash) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseType type = lookups.type(report.type()).orElse(null);
        CaseType.Severity severity = null;
        if (type == null) {
            problems.add(new FieldProblem("type", "UNKNOWN_TYPE", "事项类型 " + report.type() + " 不存在"));
        } else {
            severity = report.severity() == null ? type.defaultSeverity() : type.severity(report.severity()).orElse(null);
            if (severity == null) {
                problems.add(new FieldProblem("severity", "UNKNOWN_SEVERITY", type.name() + "没有等级 " + report.severity()));
            }
            if (type.responsibility().equals(CaseType.SECTOR_DEPARTMENT) && (report.sector() == null || report.sector().isBlank())) {
                problems.add(new FieldProblem("sector", "REQUIRED", type.name() + "须注明行业领域"));
            }
        }
        if (report.sector() != null && !report.sector().isBlank() && !lookups.sectorExists(report.sector())) {
            problems.add(new FieldProblem("sector", "UNKNOWN_SECTOR", "行业领域 " + report.sector() + " 不在目录中"));
        }
        CaseSubject subject = report.subject() == null ? null : subject(report.subject(), actor).orElse(null);
        if (report.subject() != null && subject == null) {
            problems.add(new FieldProblem("subject", "UNKNOWN_SUBJECT", "subject：台账中没有 " + report.subject().kind() + " "
                    + report.subject().id() + "，或不在您的辖区内"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        LatLng wgs = report.location() == null ? null : report.crs().toWgs84(report.location().lat(), report.location().lng());
        String grid = wgs == null ? (report.gridCode() == null || report.gridCode().isBlank() ? subject.gridCode() : report.gridCode())
                : territory.gridAt(wgs.lat(), wgs.lng(), Crs.WGS84)
                .orElseThrow(() -> new Problem(Problem.Kind.INVALID, "LOCATION_OUTSIDE_GRIDS", "该位置不在任何网格内",
                        List.of(new FieldProblem("location", "LOCATION_OUTSIDE_GRIDS", "该位置不在任何网格内"))));
        if (!actor.scope().covers(grid) || !lookups.gridExists(grid)) {
            throw new Problem(Problem.Kind.NOT_FOUND, "GRID_NOT_FOUND", "网格 " + grid + " 不存在或不在您的辖区内");
        }
        String sector = report.sector() == null || report.sector().isBlank() ? null : report.sector();
        Long suggested = lookups.suggested(type, sector, grid);
        OffsetDateTime now = OffsetDateTime.now();
        String number = numbers.next(grid.substring(0, 6), now.atZoneSameInstant(BeijingTime.ZONE).getYear());
        return new CaseRepository.NewRow(number, type.code(), severity.code(), sector, grid, suggested,
                report.description().strip(), report.address(), wgs == null ? null : wgs.lat(), wgs == null ? null : wgs.lng(),
                report.source(), actor.id(), report.uuid(), key, hash, now, actor.reportingRole(), subject == null ? null : subject.kind(),
                subject == null ? null : subject.id());
    }

    /** The record a report is about, if its registry knows it within the reporter's reach. */
    private Optional<CaseSubject> subject(NewCase.Subject named, Actor actor) {
        return subjects.stream().filter(s -> s.kind().equals(named.kind())).findFirst().flatMap(s -> s.find(named.id(), actor.scope()));
    }
}
