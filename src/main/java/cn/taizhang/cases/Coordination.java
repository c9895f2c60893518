package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 顶格协调: a problem a leader collects on a visit to an enterprise is not left to climb from the 镇街 dispatcher level by
 * level; the leader registers it and dispatches it at once to the unit at their own level. Only through a visit: the
 * visit's module chooses the unit by who visited, this one checks the case is a freshly reported visit problem.
 */
@Service
public class Coordination {

    private final CaseRepository cases;
    private final CaseActions actions;

    Coordination(CaseRepository cases, CaseActions actions) {
        this.cases = cases;
        this.actions = actions;
    }

    /**
     * Registers and dispatches the case to {@code unitId} in the caller's transaction (the visit and its cases commit or
     * fail together); the lifecycle still checks the leader's reach and the unit's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseRow dispatchWithin(Actor actor, long caseId, long unitId, String note) {
        CaseRow row = cases.find(caseId).orElseThrow(CaseProblems::notFound);
        if (!actor.roles().contains(Role.LEADER) || !CaseSource.LEADER_VISIT.code().equals(row.source())
                || row.state() != CaseState.REPORTED || row.reporterId() != actor.id()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "NOT_COORDINATED", "只有走访的领导才能直接派遣本次走访收集的问题（顶格协调）");
        }
        return actions.coordinate(actor, row, unitId, note);
    }
}
