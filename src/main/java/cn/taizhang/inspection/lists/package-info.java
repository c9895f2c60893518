/**
 * The two lists (两个清单) of issue 18: the 问题隐患清单, every hazard the inspections found with where its case stands now
 * (read through the cases module's {@code CaseDigests}), and the 制度措施清单, the rules, mechanisms and trainings leaders
 * and departments set for a unit to deliver by a date, reminded and counted overdue as cases are; their figures and the
 * seeds' sentence.
 *
 * <p>Uses: platform, figures, territory, organisation, access, cases, registry, notices.
 */
package cn.taizhang.inspection.lists;
