package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Indicator;
import cn.taizhang.platform.Scope;
import cn.taizhang.stats.Rates;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 季评比: scores, grades and ranks the units of a kind over a period, from their case figures, the figures the other
 * modules contribute and the 观摩 scores.
 */
@Service
class Evaluations {

    private final Figures figures;
    private final Catalogue catalogue;
    private final ObservationVisits observations;
    private final SettingsRepository settings;
    private final Territory territory;

    Evaluations(Figures figures, Catalogue catalogue, ObservationVisits observations, SettingsRepository settings, Territory territory) {
        this.figures = figures;
        this.catalogue = catalogue;
        this.observations = observations;
        this.settings = settings;
        this.territory = territory;
    }

    Evaluation evaluate(ObjectKind kind, Period period, Scope scope) {
        EvaluationSettings s = settings.find(kind);
        Map<String, ObservationRepository.Mean> means = observations.means(kind, period, scope);
        List<Figures.Unit> units = figures.of(kind, period, scope);
        Map<String, List<FigureValue>> contributed = catalogue.contributed(new EvaluationRequest(kind.unit(),
                units.stream().map(Figures.Unit::subject).distinct().toList(), period.from(), period.to(), scope));
        Map<String, Evaluation.Row> rows = new HashMap<>();
        List<Ranking.Entry> entries = new ArrayList<>();
        Counts total = Counts.ZERO;
        for (Figures.Unit unit : units) {
            List<FigureValue> values = new ArrayList<>(caseRates(unit.counts()));
            values.addAll(contributed.getOrDefault(unit.subject(), List.of()));
            values = catalogue.complete(values);
            ObservationRepository.Mean mean = means.get(unit.key());
            BigDecimal indicatorScore = Scoring.indicatorScore(values, s.weights());
            BigDecimal observationScore = mean == null ? null : mean.score();
            BigDecimal score = Scoring.blend(indicatorScore, observationScore, s.observationWeight());
            rows.put(unit.key(), new Evaluation.Row(null, unit.key(), unit.name(), score, null, indicatorScore, observationScore,
                    mean == null ? 0 : mean.visits(), unit.counts(), unit.rates(), values, null));
            entries.add(new Ranking.Entry(unit.key(), unit.counts().dispatched(), score));
            total = total.plus(unit.counts());
        }
        Ranking.Result result = Ranking.rank(entries, s.minimumSample());
        List<Evaluation.Row> ranked = result.ranked().stream().map(p -> {
            Evaluation.Row r = rows.get(p.entry().key());
            return r.placed(p.rank(), Grade.of(r.score()));
        }).toList();
        List<Evaluation.Row> unranked = result.unranked().stream().map(l -> rows.get(l.entry().key()).apart(l.reason())).toList();
        String areaName = territory.find(scope.areaPrefix(), scope).map(Area::name).orElse(scope.areaPrefix());
        return new Evaluation(kind.code(), kind.label(), scope.areaPrefix(), areaName, period, s.weights(), weighed(s), s.minimumSample(),
                s.observationWeight(), ranked, unranked, new Evaluation.Totals(units.size(), total, Rates.of(total)));
    }

    /** The case rates of a unit's counts, the first part of its figures. */
    private static List<FigureValue> caseRates(Counts counts) {
        return CaseIndicator.RATES.stream().map(i -> FigureValue.of(i, counts)).toList();
    }

    private List<Evaluation.Weighed> weighed(EvaluationSettings s) {
        List<Evaluation.Weighed> weighed = new ArrayList<>();
        for (Indicator<?> i : catalogue.all()) {
            weighed.add(new Evaluation.Weighed(i.key(), i.label(), i.direction().sign(), s.weights().getOrDefault(i.key(), BigDecimal.ZERO)));
        }
        return weighed;
    }
}
