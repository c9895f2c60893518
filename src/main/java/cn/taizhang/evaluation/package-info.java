/**
 * Evaluation (考评): indicator weights, 观摩 visits, composite scores and grades, rankings of towns,
 * departments and grid workers, and the 通报 document.
 *
 * <p>Uses: platform, figures, territory, organisation, access, cases, stats.
 */
package cn.taizhang.evaluation;
