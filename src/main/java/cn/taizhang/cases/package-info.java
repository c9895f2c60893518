/**
 * Cases (事项): the closed loop from report to closing. The top package holds what other modules use — the
 * vocabulary (CaseSource, CaseIndicator, Overdue, CaseKind), the counting (CaseCounting, Counts, CaseSelection) and the
 * events for replay (CaseEvents) — and the loop itself: the case store, the actions, the case API and pages. Inside:
 * lifecycle (the rules, a named interface), catalogue (case types and units), reporting, supervision (escalation and
 * 挂牌督办), evidence (photos), tally (the counts kept by the database) and bulk (writing cases in bulk, a named
 * interface).
 *
 * <p>Uses: platform, figures, territory, organisation, access, calendar, notices.
 */
package cn.taizhang.cases;
