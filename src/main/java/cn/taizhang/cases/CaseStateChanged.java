package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.CaseState;

/**
 * A case moved from one state to another (an action of its lifecycle), published in the transaction that moved it: a
 * module that keeps a fact about the cases it raised (an inspection's hazard rectified = its case closed) keeps it with the
 * case's own change, by a synchronous listener.
 */
public record CaseStateChanged(long caseId, CaseState from, CaseState to) {

    /** The case is closed (结案) now. */
    public boolean closed() {
        return to == CaseState.CLOSED;
    }

    /** The case was closed, or a closed case was opened again. */
    public boolean closingChanged() {
        return (to == CaseState.CLOSED) != (from == CaseState.CLOSED);
    }
}
