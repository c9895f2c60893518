package cn.taizhang.service;

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
 * The enterprise service's figures on the dashboards (three cards) and in the briefing (a 企业服务 section in the seeds'
 * sentence), for the area and period asked: visits dated in the period, their problems solved as of now.
 */
@Component
@Order(8)
class ServiceContribution implements FigureContributor, BriefingContributor {

    static final List<Indicator<ServiceCounts>> CARDS = List.of(
            new Count<>("leaderVisits", "领导走访企业、项目（次）", Direction.HIGHER_IS_BETTER, ServiceCounts::visits),
            new Count<>("enterpriseProblems", "收集企业困难和问题（个）", Direction.NEITHER, ServiceCounts::problems),
            new Ratio<>("enterpriseProblemSolutionRate", "企业问题协调解决率", Direction.HIGHER_IS_BETTER, ServiceCounts::problemsSolved,
                    ServiceCounts::problems));

    private final ServiceFigures figures;

    ServiceContribution(ServiceFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator<ServiceCounts>> cards() {
        return CARDS;
    }

    @Override
    public List<FigureValue> values(FigureRequest r) {
        ServiceCounts counts = figures.count(r.area(), r.from(), r.to().plusDays(1), r.scope());
        return CARDS.stream().map(card -> FigureValue.of(card, counts)).toList();
    }

    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy()) {
            return List.of();
        }
        ServiceCounts c = figures.count(r.area(), r.from(), r.to().plusDays(1), r.scope());
        if (c.visits() == 0) {
            return List.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("visits", c.visits());
        counts.put("problems", c.problems());
        counts.put("problemsSolved", c.problemsSolved());
        counts.put("problemsInProgress", c.problemsInProgress());
        counts.put("hardProblems", c.hardProblems());
        counts.put("hardSolved", c.hardSolved());
        counts.put("hardInProgress", c.hardInProgress());
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("solutionRate", c.problems() == 0 ? null : (double) c.problemsSolved() / c.problems());
        return List.of(new BriefingSection("企业服务", r.lead() + c.sentence(), List.of(), counts, rates));
    }
}
