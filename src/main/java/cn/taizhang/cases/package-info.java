/**
 * Cases (事项): case types and supervision, the closed loop from report to closing, evidence photos,
 * escalation, the case pages and API; the vocabulary of cases (CaseSource, CaseIndicator, Overdue); the counting
 * of cases (tallies, CaseCounting) and their events for replay (CaseEvents). Other modules use the top package and
 * the named interfaces lifecycle (the rules) and bulk (writing cases in bulk).
 *
 * <p>Uses: platform, figures, territory, organisation, access, calendar, notices.
 */
package cn.taizhang.cases;
