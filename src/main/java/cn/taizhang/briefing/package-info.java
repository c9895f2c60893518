/**
 * Briefings (简报): texts written from the statistics of an area and period, served as JSON, as a page
 * and as a Word document.
 *
 * <p>Uses: platform, territory, cases, stats.
 */
package cn.taizhang.briefing;
