package cn.taizhang.inspection;

import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.figures.Count;
import cn.taizhang.figures.Direction;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.FigureRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Indicator;
import cn.taizhang.figures.Ratio;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The inspections' figures on the dashboards (four cards) and in the briefing (a 安全生产检查 section in the seeds'
 * sentence), for the area and period asked: outings dated in the period, their hazards rectified as of now.
 */
@Component
@Order(5)
class InspectionContribution implements FigureContributor, BriefingContributor {

    static final List<Indicator<InspectionCounts>> CARDS = List.of(
            new Count<>("inspectionGroups", "检查组次", Direction.HIGHER_IS_BETTER, InspectionCounts::groups),
            new Count<>("inspectedEnterprises", "检查企业（家次）", Direction.HIGHER_IS_BETTER, InspectionCounts::enterprises),
            new Count<>("inspectionHazards", "排查安全隐患（项）", Direction.NEITHER, InspectionCounts::hazardsFound),
            new Ratio<>("hazardRectificationRate", "隐患整改率", Direction.HIGHER_IS_BETTER, InspectionCounts::hazardsRectified,
                    InspectionCounts::hazardsFound));

    private final InspectionFigures figures;

    InspectionContribution(InspectionFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator<InspectionCounts>> cards() {
        return CARDS;
    }

    @Override
    public List<FigureValue> values(FigureRequest r) {
        InspectionCounts counts = figures.count(new InspectionFigures.Selection(r.area(), r.from(), r.to().plusDays(1), null, null), r.scope());
        return CARDS.stream().map(card -> FigureValue.of(card, counts)).toList();
    }

    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy()) {
            return List.of();
        }
        InspectionCounts c = figures.count(new InspectionFigures.Selection(r.area(), r.from(), r.to().plusDays(1), null, null), r.scope());
        if (c.groups() == 0) {
            return List.of();
        }
        String text = r.lead() + c.sentence() + (c.majorHazards() == 0 ? "。"
                : "；其中重大隐患" + c.majorHazards() + "项，已整改" + c.majorHazardsRectified() + "项。");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("groups", c.groups());
        counts.put("inspectors", c.inspectors());
        counts.put("enterprises", c.enterprises());
        counts.put("hazardsFound", c.hazardsFound());
        counts.put("hazardsRectified", c.hazardsRectified());
        counts.put("majorHazards", c.majorHazards());
        counts.put("majorHazardsRectified", c.majorHazardsRectified());
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("rectificationRate", c.rectificationRate());
        return List.of(new BriefingSection("安全生产检查", text, List.of(), counts, rates));
    }
}
