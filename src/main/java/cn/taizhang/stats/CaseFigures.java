package cn.taizhang.stats;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.FigureRequest;
import cn.taizhang.figures.FigureValue;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The cases' cards on the dashboard, the first contributor: the figures of {@code GET /api/v1/stats/summary}. */
@Component
@Order(0)
class CaseFigures implements FigureContributor {

    private final CaseSummaries summaries;

    CaseFigures(CaseSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public List<CaseIndicator> cards() {
        return DashboardFigures.CARDS;
    }

    @Override
    public List<FigureValue> values(FigureRequest r) {
        Counts counts = summaries.summary(StatsQuery.of(r.area(), r.from(), r.to()), r.scope()).counts();
        return cards().stream().map(card -> FigureValue.of(card, counts)).toList();
    }
}
