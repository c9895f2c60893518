/**
 * The tallies: case counts per area, period and type kept by the database as the cases change, their
 * compaction, the overdue sweep, and the queries the statistics read.
 *
 * <p>Uses: platform, territory.
 */
package cn.taizhang.cases.tally;
