package cn.taizhang.evaluation;

import cn.taizhang.figures.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evaluation settings, one row per object kind plus a weight row per indicator. An indicator of the catalogue
 * without a row (one a module contributed since) weighs 0; a row of an indicator no longer offered is kept but unused.
 */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;

    SettingsRepository(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    List<EvaluationSettings> all() {
        List<EvaluationSettings> all = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            all.add(find(kind));
        }
        return all;
    }

    EvaluationSettings find(ObjectKind kind) {
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator, weight FROM evaluation_weight WHERE object_kind = :kind").param("kind", kind.code())
                .query((rs, n) -> stored.put(rs.getString("indicator"), rs.getBigDecimal("weight"))).list();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (Indicator<?> i : catalogue.all()) {
            weights.put(i.key(), stored.getOrDefault(i.key(), BigDecimal.ZERO));
        }
        return jdbc.sql("SELECT minimum_sample, observation_weight, version FROM evaluation_setting WHERE object_kind = :kind")
                .param("kind", kind.code())
                .query((rs, n) -> new EvaluationSettings(kind, weights, rs.getInt("minimum_sample"),
                        rs.getBigDecimal("observation_weight"), rs.getInt("version")))
                .single();
    }

    /**
     * Replaces the settings of one kind if they are still at {@code expected} (null: whatever the version); answers the
     * new version, or empty when someone changed them since. The settings row is updated first: it locks the kind until
     * the weights are written, so two replacements never interleave.
     */
    Optional<Integer> replace(EvaluationSettings settings, Integer expected) {
        String kind = settings.kind().code();
        Optional<Integer> version = jdbc.sql("""
                        UPDATE evaluation_setting SET minimum_sample = :sample, observation_weight = :observation, version = version + 1
                        WHERE object_kind = :kind AND (CAST(:expected AS int) IS NULL OR version = :expected) RETURNING version
                        """)
                .param("sample", settings.minimumSample()).param("observation", settings.observationWeight()).param("kind", kind)
                .param("expected", expected).query(Integer.class).optional();
        version.ifPresent(v -> settings.weights().forEach((indicator, weight) -> jdbc.sql("""
                        INSERT INTO evaluation_weight (object_kind, indicator, weight) VALUES (:kind, :indicator, :weight)
                        ON CONFLICT (object_kind, indicator) DO UPDATE SET weight = EXCLUDED.weight
                        """).param("weight", weight).param("kind", kind).param("indicator", indicator).update()));
        return version;
    }
}
