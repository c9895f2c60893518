/**
 * Enterprise service (三项服务): leaders' visits (走访) to enterprises and projects, the problems they collect (企业诉求,
 * 疑难问题 among them), each a case coordinated top-down (顶格协调) to the unit at the level of the most senior visiting
 * leader and closed in the normal loop with the enterprise told of the outcome; a leader's page, the city's page, the
 * figures in the seeds' sentence on the dashboards and in the briefing, and the demo year's visits.
 *
 * <p>Uses: platform, figures, territory, organisation, access, cases, registry.
 */
package cn.taizhang.service;
