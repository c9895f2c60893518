/**
 * Inspections (检查、巡查): campaigns (专项整治) that send inspection groups, the checklists they walk (检查表, per sector,
 * versioned), outings of one group (组次) with their inspectors (人次) and the enterprises and places they visit (家次),
 * where every failed item becomes a 安全生产隐患 case; patrols; the two lists (两个清单); their figures.
 * Sub-packages: checklist (the templates, a named interface), campaign (a named interface), and the outings here.
 *
 * <p>Uses: platform, figures, territory, organisation, access, cases, registry, notices.
 */
package cn.taizhang.inspection;
