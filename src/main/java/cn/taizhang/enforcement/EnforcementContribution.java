package cn.taizhang.enforcement;

import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.figures.Count;
import cn.taizhang.figures.Direction;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.FigureRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Indicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforcement on the dashboards (four cards) and in the briefing (an 执法 paragraph in the seeds' sentence), for the area
 * and period asked.
 */
@Component
@Order(6)
class EnforcementContribution implements FigureContributor, BriefingContributor {

    static final List<Indicator<EnforcementCounts>> CARDS = List.of(
            new Count<>("penaltyDecisions", "行政处罚决定书（份）", Direction.NEITHER, EnforcementCounts::penaltyDecisions),
            new Count<>("violations", "查处违法行为（起）", Direction.NEITHER, EnforcementCounts::violations),
            new Count<>("enterprisesCoerced", "采取强制措施企业（家）", Direction.NEITHER, EnforcementCounts::enterprisesCoerced),
            new Count<>("candidatesOpen", "待处置执法线索", Direction.LOWER_IS_BETTER, EnforcementCounts::candidatesOpen));

    private final EnforcementFigures figures;

    EnforcementContribution(EnforcementFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator<EnforcementCounts>> cards() {
        return CARDS;
    }

    @Override
    public List<FigureValue> values(FigureRequest r) {
        EnforcementCounts counts = figures.count(r.area(), r.from(), r.to(), null, r.scope());
        return CARDS.stream().map(card -> FigureValue.of(card, counts)).toList();
    }

    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy()) {
            return List.of();
        }
        EnforcementCounts c = figures.count(r.area(), r.from(), r.to(), null, r.scope());
        if (c.penaltyDecisions() + c.orders() + c.suspensions() + c.closures() + c.bans() == 0) {
            return List.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("penaltyDecisions", c.penaltyDecisions());
        counts.put("violations", c.violations());
        counts.put("orders", c.orders());
        counts.put("suspensions", c.suspensions());
        counts.put("closures", c.closures());
        counts.put("bans", c.bans());
        counts.put("enterprisesCoerced", c.enterprisesCoerced());
        counts.put("candidatesOpen", c.candidatesOpen());
        return List.of(new BriefingSection("执法", r.lead() + "对单位措施落实不到位的" + c.sentence() + "。", List.of(), counts, Map.of()));
    }
}
