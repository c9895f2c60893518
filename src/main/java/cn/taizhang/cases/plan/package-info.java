/**
 * 治理方案 (五落实): the plan a unit records for a case whose severity requires one (重大隐患) — who answers for the fix
 * (责任), the measures (措施), the funds (资金, 万元), the deadline (时限) and what keeps people safe meanwhile (预案) —
 * before the case can be handled.
 *
 * <p>Uses: platform, access.
 */
package cn.taizhang.cases.plan;
