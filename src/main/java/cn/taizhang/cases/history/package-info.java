/**
 * The history simulator: plays a plausible history of reports through the lifecycle's rules, day by
 * day from a seed, and hands the cases on to be written in bulk.
 *
 * <p>Uses: platform, organisation, calendar.
 */
package cn.taizhang.cases.history;
