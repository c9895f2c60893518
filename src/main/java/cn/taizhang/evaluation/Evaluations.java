package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.platform.Scope;
import cn.taizhang.stats.Rates;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** 季评比: scores, grades and ranks the units of a kind over a period, from their case figures and 观摩 scores. */
@Service
class Evaluations {

    private final Figures figures;
    private final ObservationVisits observations;
    private final SettingsRepository settings;
    private final Territory territory;

    Evaluations(Figures figures, ObservationVisits observations, SettingsRepository settings, Territory territory) {
        this.figures = figures;
        this.observations = observations;
        this.settings = settings;
        this.territory = territory;
    }

    Evaluation evaluate(ObjectKind kind, Period period, Scope scope) {
        EvaluationSettings s = settings.find(kind);
        Map<String, ObservationRepository.Mean> means = observations.means(kind, period, scope);
        Map<String, Evaluation.Row> rows = new HashMap<>();
        List<Ranking.Entry> entries = new ArrayList<>();
        Counts total = Counts.ZERO;
        List<Figures.Unit> units = figures.of(kind, period, scope);
        for (Figures.Unit unit : units) {
            ObservationRepository.Mean mean = means.get(unit.key());
            BigDecimal indicatorScore = Scoring.indicatorScore(rates(unit.counts()), s.weights());
            BigDecimal observationScore = mean == null ? null : mean.score();
            BigDecimal score = Scoring.blend(indicatorScore, observationScore, s.observationWeight());
            rows.put(unit.key(), new Evaluation.Row(null, unit.key(), unit.name(), score, null, indicatorScore, observationScore,
                    mean == null ? 0 : mean.visits(), unit.counts(), unit.rates(), null));
            entries.add(new Ranking.Entry(unit.key(), unit.counts().dispatched(), score));
            total = total.plus(unit.counts());
        }
        Ranking.Result result = Ranking.rank(entries, s.minimumSample());
        List<Evaluation.Row> ranked = result.ranked().stream().map(p -> placed(rows.get(p.entry().key()), p.rank())).toList();
        List<Evaluation.Row> unranked = result.unranked().stream().map(l -> apart(rows.get(l.entry().key()), l.reason())).toList();
        String areaName = territory.find(scope.areaPrefix(), scope).map(Area::name).orElse(scope.areaPrefix());
        return new Evaluation(kind.code(), kind.label(), scope.areaPrefix(), areaName, period, s.weightsByKey(), s.minimumSample(),
                s.observationWeight(), ranked, unranked, new Evaluation.Totals(units.size(), total, Rates.of(total)));
    }

    /** The rates of {@link CaseIndicator} for these counts, each by its indicator. */
    static Map<CaseIndicator, Double> rates(Counts counts) {
        Map<CaseIndicator, Double> rates = new EnumMap<>(CaseIndicator.class);
        CaseIndicator.RATES.forEach(i -> rates.put(i, i.value(counts)));
        return rates;
    }

    private static Evaluation.Row placed(Evaluation.Row r, int rank) {
        return new Evaluation.Row(rank, r.key(), r.name(), r.score(), Grade.of(r.score()), r.indicatorScore(), r.observationScore(),
                r.observationVisits(), r.counts(), r.rates(), null);
    }

    private static Evaluation.Row apart(Evaluation.Row r, String reason) {
        return new Evaluation.Row(null, r.key(), r.name(), r.score(), null, r.indicatorScore(), r.observationScore(),
                r.observationVisits(), r.counts(), r.rates(), reason);
    }
}
