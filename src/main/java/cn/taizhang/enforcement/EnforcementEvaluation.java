package cn.taizhang.enforcement;

import cn.taizhang.figures.Direction;
import cn.taizhang.figures.EvaluationContributor;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Indicator;
import cn.taizhang.figures.Ratio;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforcement in the evaluation: 执法线索处置率, the share of the candidates raised in the period that were acted on — for
 * a department those it was expected to act on (its sector's), for a 镇街 or a grid those there.
 */
@Component
@Order(6)
class EnforcementEvaluation implements EvaluationContributor {

    static final Indicator<EnforcementFigures.Handling> HANDLING = new Ratio<>("enforcementHandlingRate", "执法线索处置率",
            Direction.HIGHER_IS_BETTER, EnforcementFigures.Handling::acted, EnforcementFigures.Handling::raised);

    private final EnforcementFigures figures;

    EnforcementEvaluation(EnforcementFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator<EnforcementFigures.Handling>> indicators() {
        return List.of(HANDLING);
    }

    @Override
    public Map<String, List<FigureValue>> values(EvaluationRequest r) {
        EnforcementFigures.By by = r.unit() == EvaluationRequest.Unit.TOWN ? EnforcementFigures.By.TOWN
                : r.unit() == EvaluationRequest.Unit.GRID ? EnforcementFigures.By.GRID : EnforcementFigures.By.DEPARTMENT;
        Map<String, EnforcementFigures.Handling> handling = figures.handling(r.from(), r.to(), r.scope(), by);
        Map<String, List<FigureValue>> values = new HashMap<>();
        r.keys().stream().filter(handling::containsKey).forEach(k -> values.put(k, List.of(FigureValue.of(HANDLING, handling.get(k)))));
        return values;
    }
}
