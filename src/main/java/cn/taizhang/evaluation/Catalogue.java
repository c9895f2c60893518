package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.figures.EvaluationContributor;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Indicator;
import cn.taizhang.figures.Percent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The indicators the evaluation weighs: the case rates, then every {@link EvaluationContributor}'s in the order of their
 * {@code @Order}, checked once at start (rates only, keys unique and fit for a JSON name and a database row).
 */
@Component
class Catalogue {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{1,39}");

    private final List<EvaluationContributor> contributors;
    private final Map<String, Indicator<?>> byKey = new LinkedHashMap<>();

    Catalogue(ObjectProvider<EvaluationContributor> contributors) {
        this.contributors = contributors.orderedStream().toList();
        List<Indicator<?>> all = new ArrayList<>(CaseIndicator.RATES);
        this.contributors.forEach(c -> all.addAll(c.indicators()));
        for (Indicator<?> i : all) {
            if (!i.rate() || !KEY.matcher(i.key()).matches() || byKey.putIfAbsent(i.key(), i) != null) {
                throw new IllegalStateException("An evaluation indicator must be a rate with a unique key like closureRate: " + i.key());
            }
        }
    }

    List<Indicator<?>> all() {
        return List.copyOf(byKey.values());
    }

    Optional<Indicator<?>> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The contributors' values for the units of a request, by unit key (a unit none of them knows is absent). */
    Map<String, List<FigureValue>> contributed(EvaluationRequest request) {
        Map<String, List<FigureValue>> values = new HashMap<>();
        for (EvaluationContributor c : contributors) {
            c.values(request).forEach((unit, v) -> values.computeIfAbsent(unit, u -> new ArrayList<>()).addAll(v));
        }
        return values;
    }

    /**
     * One value per indicator, in catalogue order: the one given, or none ("—") where nothing was given; values of keys
     * outside the catalogue are dropped.
     */
    List<FigureValue> complete(List<FigureValue> given) {
        Map<String, FigureValue> byIndicator = new HashMap<>();
        given.stream().filter(v -> byKey.containsKey(v.key())).forEach(v -> byIndicator.putIfAbsent(v.key(), v));
        return byKey.values().stream()
                .map(i -> byIndicator.getOrDefault(i.key(), new FigureValue(i.key(), i.label(), true, i.direction().sign(), null, Percent.NONE)))
                .toList();
    }
}
