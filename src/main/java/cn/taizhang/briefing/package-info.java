/**
 * Briefings (简报): texts written from the statistics of an area and period — the sections of every
 * BriefingContributor, the cases' (CaseSections) first — served as JSON, as a page
 * and as a Word document.
 *
 * <p>Uses: platform, territory, figures, cases, stats.
 */
package cn.taizhang.briefing;
