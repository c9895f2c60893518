package cn.taizhang.inspection.patrol;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.CaseSource;
import cn.taizhang.cases.reporting.CaseReporting;
import cn.taizhang.cases.reporting.NewCase;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.RequestHash;
import cn.taizhang.registry.place.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Records rounds (巡查). A recorder records one once, whatever the retries of a phone (its {@code clientId}); every
 * finding becomes a case in the round's grid — about the place when it names one, source 网格员上报 for a grid worker's
 * round and 检查发现 for other staff's — in the round's transaction: no round without its cases, no case without it.
 */
@Service
public class Patrols {

    /** A round and whether this request recorded it (false: a retry found it). */
    public record Recorded(Patrol patrol, boolean created) {
    }

    private final PatrolRepository patrols;
    private final PatrolLookups lookups;
    private final PatrolViews views;
    private final CaseReporting reporting;
    private final TransactionTemplate tx;

    Patrols(PatrolRepository patrols, PatrolLookups lookups, PatrolViews views, CaseReporting reporting, TransactionTemplate tx) {
        this.patrols = patrols;
        this.lookups = lookups;
        this.views = views;
        this.reporting = reporting;
        this.tx = tx;
    }

    public Optional<Patrol> find(Caller caller, long id) {
        PatrolVolunteers.reader(caller);
        return patrols.find(id, caller.scope()).map(views::of);
    }

    public Recorded record(Caller caller, JsonNode body) {
        if (!PatrolLookups.recorder(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有网格员、指挥员和检查人员可以登记巡查");
        }
        NewPatrol patrol = PatrolForm.read(body, LocalDate.now(BeijingTime.ZONE));
        String hash = RequestHash.of(caller.id(), body);
        Optional<Recorded> earlier = earlier(patrol, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<Long, Place> places = lookups.check(caller, patrol);
        return tx.execute(status -> {
            Optional<Long> id = patrols.insert(patrol.clientId(), hash, patrol.date(), patrol.kind(), patrol.gridCode(), patrol.route(),
                    patrol.seen(), caller.id());
            if (id.isEmpty()) { // a retry committed meanwhile: answer it, write nothing
                status.setRollbackOnly();
                return earlier(patrol, hash).orElseThrow();
            }
            patrols.insertPeople(id.get(), patrol.staffIds(), patrol.volunteerIds());
            patrols.insertPlaces(id.get(), patrol.placeIds().stream().map(p -> new BulkPatrol.PlacePassed(p, places.get(p).name())).toList());
            findings(id.get(), patrol, places, caller);
            AuditNote.created("patrol", Long.toString(id.get()));
            return new Recorded(views.of(patrols.find(id.get(), Scope.area("")).orElseThrow()), true);
        });
    }

    /** Stores the demo's past rounds in one transaction. */
    public void storeAll(List<BulkPatrol> all) {
        tx.executeWithoutResult(status -> {
            for (BulkPatrol p : all) {
                long id = patrols.insert(null, "bulk", p.date(), p.kind(), p.gridCode(), p.route(), p.seen(), p.recordedBy()).orElseThrow();
                patrols.insertPeople(id, p.staffIds(), p.volunteerIds());
                patrols.insertPlaces(id, p.places());
            }
        });
    }

    /** Each finding reported on its own, so that a refusal names its finding; inside the round's transaction all the same. */
    private void findings(long id, NewPatrol patrol, Map<Long, Place> places, Caller caller) {
        Actor actor = Actor.of(caller);
        String source = caller.has(Role.GRID_WORKER) ? CaseSource.GRID_WORKER.code() : CaseSource.INSPECTION.code();
        for (int i = 0; i < patrol.findings().size(); i++) {
            NewPatrol.Finding f = patrol.findings().get(i);
            Place place = f.placeId() == null ? null : places.get(f.placeId());
            String description = "巡查发现：" + (place == null ? "" : place.name() + "，") + f.description();
            NewCase report = new NewCase(null, f.type(), f.severity(), description, f.sector(), null, patrol.gridCode(),
                    place == null ? null : place.address(), source, place == null ? null : new NewCase.Subject("place", place.id()));
            CaseRow row;
            try {
                row = reporting.reportAllWithin(actor, List.of(report)).get(0);
            } catch (Problem p) {
                throw named(p, "findings[" + i + "].");
            }
            patrols.insertFinding(id, i, new PatrolRepository.FindingRow(row.id(), f.description(), f.placeId()));
        }
    }

    /** A case's refusal with its fields named within the round: {@code type} becomes {@code findings[1].type}. */
    private static Problem named(Problem p, String prefix) {
        List<FieldProblem> errors = p.errors().stream().map(e -> new FieldProblem(prefix + e.field(), e.code(), prefix + e.field() + "："
                + e.detail())).toList();
        if (errors.isEmpty()) {
            errors = List.of(new FieldProblem(prefix.substring(0, prefix.length() - 1), p.code(), p.getMessage()));
        }
        return new Problem(p.kind(), p.code(), errors.stream().map(FieldProblem::detail).reduce((a, b) -> a + "；" + b).orElseThrow(), errors);
    }

    private Optional<Recorded> earlier(NewPatrol patrol, String hash) {
        return patrols.byClientId(patrol.clientId()).map(row -> {
            if (!row.requestHash().equals(hash)) {
                throw new Problem(Problem.Kind.CONFLICT, "CLIENT_ID_REUSED", "clientId 已用于另一条内容不同的巡查记录");
            }
            return new Recorded(views.of(row), false);
        });
    }
}
