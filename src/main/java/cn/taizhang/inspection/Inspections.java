package cn.taizhang.inspection;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.CaseSource;
import cn.taizhang.cases.Reinspections;
import cn.taizhang.cases.reporting.CaseReporting;
import cn.taizhang.cases.reporting.NewCase;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.ChecklistItem;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.RequestHash;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Records outings. An 检查人员 of the group records it once, whatever the retries of a phone (its {@code clientId});
 * every failed item and every finding becomes a 安全生产隐患 case (source 检查发现) about the enterprise or place, in its
 * grid, of the checklist's sector — routed by 管行业必须管安全 as any such case — in the outing's transaction: no visit
 * without its hazards, no hazard without its visit. A visit's re-inspections (复查) of handled hazards are their cases'
 * verifications, in the same transaction.
 */
@Service
public class Inspections {

    static final String HAZARD_TYPE = "safety_hazard";

    /** An outing and whether this request recorded it (false: a retry found it). */
    public record Recorded(Inspection inspection, boolean created) {
    }

    private final InspectionRepository inspections;
    private final InspectionLookups lookups;
    private final InspectionViews views;
    private final CaseReporting reporting;
    private final Reinspections reinspections;
    private final TransactionTemplate tx;

    Inspections(InspectionRepository inspections, InspectionLookups lookups, InspectionViews views, CaseReporting reporting,
            Reinspections reinspections, TransactionTemplate tx) {
        this.reinspections = reinspections;
        this.inspections = inspections;
        this.lookups = lookups;
        this.views = views;
        this.reporting = reporting;
        this.tx = tx;
    }

    public Optional<Inspection> find(Scope scope, long id) {
        return inspections.find(id, scope).map(views::of);
    }

    /** The handled hazards about an enterprise or place (exactly one id) that the caller could re-inspect on a visit now. */
    public List<Reinspections.Due> due(Caller caller, Long enterpriseId, Long placeId) {
        if ((enterpriseId == null) == (placeId == null)) {
            throw Problem.invalid(List.of(new FieldProblem("enterpriseId", "REQUIRED", "enterpriseId：须填写 enterpriseId（企业）或 placeId（场所）之一")));
        }
        InspectionLookups.Target target = lookups.target(caller.scope(), enterpriseId, placeId, "");
        return reinspections.due(Actor.of(caller), target.kind(), target.id());
    }

    public Recorded record(Caller caller, JsonNode body) {
        if (!caller.has(Role.INSPECTOR)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有检查人员可以登记检查");
        }
        NewInspection outing = InspectionForm.read(body, LocalDate.now(BeijingTime.ZONE));
        String hash = RequestHash.of(caller.id(), body);
        Optional<Recorded> earlier = earlier(outing, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        InspectionLookups.Checked checked = lookups.check(caller, outing);
        return tx.execute(status -> {
            Optional<Long> id = inspections.insert(outing, hash, caller.id(), caller.departmentId());
            if (id.isEmpty()) { // a retry committed meanwhile: answer it, write nothing
                status.setRollbackOnly();
                return earlier(outing, hash).orElseThrow();
            }
            write(id.get(), outing, checked, Actor.of(caller));
            AuditNote.created("inspection", Long.toString(id.get()));
            return new Recorded(views.of(inspections.find(id.get(), Scope.area("")).orElseThrow()), true);
        });
    }

    private void write(long id, NewInspection outing, InspectionLookups.Checked checked, Actor actor) {
        inspections.insertInspectors(id, outing.inspectorIds());
        List<InspectionRepository.HazardRow> hazards = new ArrayList<>();
        List<NewCase> cases = new ArrayList<>();
        for (int i = 0; i < outing.visits().size(); i++) {
            NewInspection.NewVisit visit = outing.visits().get(i);
            InspectionLookups.Target target = checked.targets().get(i);
            Checklist checklist = checked.checklists().get(i);
            long visitId = inspections.insertVisit(id, i, outing.date(), visit.enterpriseId(), visit.placeId(), target.name(), target.gridCode(),
                    checklist.sector(), checklist.code(), checklist.version());
            inspections.insertAnswers(visitId, visit.answers());
            recheck(id, visitId, visit.rechecks(), actor);
            for (NewInspection.Answer a : visit.answers()) {
                if (a.result() == NewInspection.Result.FAIL) {
                    ChecklistItem item = checklist.item(a.item()).orElseThrow();
                    boolean major = a.severity() == null ? item.major() : a.severity() == HazardSeverity.MAJOR;
                    String description = item.text() + "（" + item.basis() + "）：" + a.note();
                    hazards.add(new InspectionRepository.HazardRow(0, visitId, item.code(), description, major));
                    cases.add(hazardCase(target, checklist.sector(), description, major));
                }
            }
            for (NewInspection.Finding f : visit.findings()) {
                boolean major = f.severity() == HazardSeverity.MAJOR;
                hazards.add(new InspectionRepository.HazardRow(0, visitId, null, f.description(), major));
                cases.add(hazardCase(target, checklist.sector(), f.description(), major));
            }
        }
        List<CaseRow> rows = reporting.reportAllWithin(actor, cases);
        for (int k = 0; k < hazards.size(); k++) {
            InspectionRepository.HazardRow h = hazards.get(k);
            inspections.insertHazard(new InspectionRepository.HazardRow(rows.get(k).id(), h.visitId(), h.itemCode(), h.description(), h.major()));
        }
    }

    /** 复查: each verdict recorded with the visit and given to its case as the verification (closed, or back to its unit). */
    private void recheck(long inspectionId, long visitId, List<NewInspection.Recheck> rechecks, Actor actor) {
        for (int k = 0; k < rechecks.size(); k++) {
            NewInspection.Recheck r = rechecks.get(k);
            inspections.insertRecheck(visitId, k, r);
            String verdict = r.rectified() ? "整改到位" : "未整改到位";
            reinspections.verifyWithin(actor, r.caseId(), r.rectified(),
                    "复查（检查记录 " + inspectionId + "）：" + verdict + (r.note() == null ? "" : "，" + r.note()));
        }
    }

    private static NewCase hazardCase(InspectionLookups.Target target, String sector, String description, boolean major) {
        return new NewCase(null, HAZARD_TYPE, major ? HazardSeverity.MAJOR.id() : HazardSeverity.GENERAL.id(),
                "检查发现：" + target.name() + "，" + description, sector, null, target.gridCode(), target.address(), CaseSource.INSPECTION.code(),
                new NewCase.Subject(target.kind(), target.id()));
    }

    private Optional<Recorded> earlier(NewInspection outing, String hash) {
        if (outing.clientId() == null) {
            return Optional.empty();
        }
        return inspections.byClientId(outing.clientId()).map(row -> {
            if (!row.requestHash().equals(hash)) {
                throw new Problem(Problem.Kind.CONFLICT, "CLIENT_ID_REUSED", "clientId 已用于另一条内容不同的检查记录");
            }
            return new Recorded(views.of(row), false);
        });
    }
}
