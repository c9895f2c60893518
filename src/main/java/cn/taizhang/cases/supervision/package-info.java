/**
 * Supervision (督办): the escalation job that reminds a unit as its deadline nears and puts an overdue case under
 * 挂牌督办 with a notice to the area's leaders, the leaders' own 挂牌督办, and their lists.
 *
 * <p>Uses: platform, territory, access, calendar, notices.
 */
package cn.taizhang.cases.supervision;
