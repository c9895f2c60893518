package cn.taizhang.figures;

import java.util.List;
import java.util.Map;

/**
 * A module's figures in the evaluation (考评): the rates it offers to the weights (each an {@link Indicator} with
 * {@code rate()} true: key, label, which way is good news), and their value for each evaluated unit. The evaluation
 * lists them after the case rates, the system administrator weighs them like those (a new indicator weighs 0 until
 * given a weight), and the ranking, the 通报 and the Excel sheet show them: implement this (as a Spring bean) to have
 * a module's work count in the ranking of the 镇街, departments and grid workers. The case rates are the first.
 */
public interface EvaluationContributor {

    /** The rates it offers, in order; their keys are unique across all contributors. */
    List<? extends Indicator<?>> indicators();

    /**
     * For each unit of the request it has figures for (by the unit's key), the value of each of its indicators. A unit
     * or an indicator left out has no value: its weight drops out of that unit's score, as for a rate with nothing to
     * divide by.
     */
    Map<String, List<FigureValue>> values(EvaluationRequest request);
}
