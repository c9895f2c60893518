/**
 * Cases (事项): case types and supervision, the closed loop from report to closing, evidence photos,
 * escalation, the case pages and API; the counting of cases (tallies, CaseCounting), their events for
 * replay (CaseEvents) and the history simulator (CaseHistory).
 *
 * <p>Uses: platform, figures, territory, organisation, access, calendar, notices.
 */
package cn.taizhang.cases;
