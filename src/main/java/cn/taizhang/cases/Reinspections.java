package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Scope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查: an inspector who visits an enterprise or place again and looks at a handled hazard about it gives the case its
 * verification — rectified closes it, not rectified sends it back to the unit (返工) — as a grid worker's or dispatcher's
 * 核查 would. Only through a visit: the verdict's module checks what the visit is about, this one the case.
 */
@Service
public class Reinspections {

    /** Why a case cannot be given a re-inspection's verdict: a stable code and a sentence naming the case. */
    public record Refusal(String code, String detail) {
    }

    /** A handled hazard waiting for its verification, as the visit page offers it for 复查: what was wrong, what the unit did. */
    public record Due(long caseId, String number, String description, String severity, OffsetDateTime handledAt, String handledNote) {
    }

    private final CaseRepository cases;
    private final CaseActions actions;
    private final JdbcClient jdbc;

    Reinspections(CaseRepository cases, CaseActions actions, JdbcClient jdbc) {
        this.cases = cases;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** The handled cases about the subject in the actor's jurisdiction that a re-inspection could verify now, the oldest first. */
    public List<Due> due(Actor actor, String subjectKind, long subjectId) {
        if (!actor.roles().contains(Role.INSPECTOR)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id AS case_id, c.number, c.description, c.severity, c.handled_at, """ + CaseDigests.LAST_HANDLE_NOTE + """
                 AS handled_note
                FROM case_record c
                WHERE c.subject_kind = :kind AND c.subject_id = :id AND c.state = 'handled' AND c.area_code LIKE :scope
                ORDER BY c.handled_at, c.id LIMIT 100
                """).param("kind", subjectKind).param("id", subjectId).param("scope", Scope.area(actor.jurisdictionCode()).likePattern())
                .query((rs, n) -> new Due(rs.getLong("case_id"), rs.getString("number"), rs.getString("description"), rs.getString("severity"),
                        CaseViews.local(rs.getObject("handled_at", OffsetDateTime.class)), rs.getString("handled_note"))).list();
    }

    /**
     * Empty if the actor may re-inspect the case on a visit to the subject ({@code enterprise} or {@code place} and its
     * id): the case is about that subject, handled and waiting for its verification, in the actor's jurisdiction.
     */
    public Optional<Refusal> refusal(Actor actor, long caseId, String subjectKind, long subjectId) {
        Optional<CaseRow> found = cases.find(caseId).filter(c -> subjectKind.equals(c.subjectKind()) && Long.valueOf(subjectId).equals(c.subjectId()));
        if (found.isEmpty()) {
            return Optional.of(new Refusal("UNKNOWN_CASE", "事项 " + caseId + " 不是本次检查对象的隐患"));
        }
        CaseRow row = found.get();
        if (Capacity.reinspecting(actor.roles(), actor.jurisdictionCode(), row.gridCode()).isEmpty()) {
            return Optional.of(new Refusal("UNKNOWN_CASE", "事项 " + caseId + " 不在您的辖区内"));
        }
        if (row.state() != CaseState.HANDLED) {
            return Optional.of(new Refusal("NOT_HANDLED", "事项 " + row.number() + " 当前为“" + row.state().label()
                    + "”，只有已处置、待核查的隐患才能复查"));
        }
        return Optional.empty();
    }

    /**
     * Gives the verdict in the caller's transaction (the visit and its verdicts commit or fail together). The case is read
     * again: if it changed since {@link #refusal}, the lifecycle or its version refuses.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseRow verifyWithin(Actor actor, long caseId, boolean rectified, String note) {
        CaseRow row = cases.find(caseId).orElseThrow(CaseProblems::notFound);
        return actions.reinspect(actor, row, rectified, note);
    }
}
