package cn.taizhang.service;

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
 * The enterprise service in the evaluation: 企业诉求解决率, the share of the problems collected on visits dated in the period
 * that are solved now — for a 镇街 or a grid the visits there, for a department the problems it coordinated.
 */
@Component
@Order(7)
class ServiceEvaluation implements EvaluationContributor {

    static final Indicator<ServiceCounts> SOLVED = new Ratio<>("enterpriseProblemSolvedRate", "企业诉求解决率", Direction.HIGHER_IS_BETTER,
            ServiceCounts::problemsSolved, ServiceCounts::problems);

    private final ServiceFigures figures;

    ServiceEvaluation(ServiceFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator<ServiceCounts>> indicators() {
        return List.of(SOLVED);
    }

    @Override
    public Map<String, List<FigureValue>> values(EvaluationRequest r) {
        ServiceFigures.By by = r.unit() == EvaluationRequest.Unit.TOWN ? ServiceFigures.By.TOWN
                : r.unit() == EvaluationRequest.Unit.GRID ? ServiceFigures.By.GRID : ServiceFigures.By.DEPARTMENT;
        Map<String, ServiceCounts> counts = figures.breakdown(r.from(), r.to().plusDays(1), r.scope(), by);
        Map<String, List<FigureValue>> values = new HashMap<>();
        r.keys().stream().filter(counts::containsKey).forEach(k -> values.put(k, List.of(FigureValue.of(SOLVED, counts.get(k)))));
        return values;
    }
}
