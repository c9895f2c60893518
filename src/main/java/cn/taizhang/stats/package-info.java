/**
 * Statistics (统计): the statistics API, indicator formulas, breakdowns and rankings, the dashboard and
 * 大屏, and the recount check against the case events.
 *
 * <p>Uses: platform, figures, territory, organisation, cases.
 */
package cn.taizhang.stats;
