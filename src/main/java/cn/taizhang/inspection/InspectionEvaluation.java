package cn.taizhang.inspection;

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
 * The inspections' work in the evaluation: 检查隐患整改率, the share of the hazards found by inspection that are
 * rectified — for a 镇街 or a grid those found there, for a department those its inspectors found.
 */
@Component
@Order(5)
class InspectionEvaluation implements EvaluationContributor {

    static final Indicator<InspectionCounts> RECTIFICATION = new Ratio<>("inspectionRectificationRate", "检查隐患整改率",
            Direction.HIGHER_IS_BETTER, InspectionCounts::hazardsRectified, InspectionCounts::hazardsFound);

    private final InspectionFigures figures;

    InspectionEvaluation(InspectionFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator<InspectionCounts>> indicators() {
        return List.of(RECTIFICATION);
    }

    @Override
    public Map<String, List<FigureValue>> values(EvaluationRequest r) {
        InspectionFigures.By by = r.unit() == EvaluationRequest.Unit.TOWN ? InspectionFigures.By.TOWN
                : r.unit() == EvaluationRequest.Unit.GRID ? InspectionFigures.By.GRID : InspectionFigures.By.DEPARTMENT;
        Map<String, InspectionCounts> counts = figures.breakdown(new InspectionFigures.Selection("", r.from(), r.to().plusDays(1), null, null),
                r.scope(), by);
        Map<String, List<FigureValue>> values = new HashMap<>();
        r.keys().stream().filter(counts::containsKey).forEach(k -> values.put(k, List.of(FigureValue.of(RECTIFICATION, counts.get(k)))));
        return values;
    }
}
