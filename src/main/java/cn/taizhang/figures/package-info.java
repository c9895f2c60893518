/**
 * Figures (指标): the seams through which a module's figures reach the statistics, the dashboards, the briefings and the
 * evaluations without those modules knowing its tables — {@link cn.taizhang.figures.Indicator} (a figure's key, label, direction
 * and formula over the module's counts), {@link cn.taizhang.figures.Percent} (the one way a share is written),
 * {@link cn.taizhang.figures.FigureContributor} (cards on the dashboard),
 * {@link cn.taizhang.figures.BriefingContributor} (sections of a briefing) and
 * {@link cn.taizhang.figures.EvaluationContributor} (rates weighed in the evaluation). Plain Java, free of Spring.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.figures;
