package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluation settings, one row per object kind plus a weight row per indicator. */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvaluationSettings> all() {
        List<EvaluationSettings> all = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            all.add(find(kind));
        }
        return all;
    }

    EvaluationSettings find(ObjectKind kind) {
        Map<CaseIndicator, BigDecimal> weights = new EnumMap<>(CaseIndicator.class);
        jdbc.sql("SELECT indicator, weight FROM evaluation_weight WHERE object_kind = :kind").param("kind", kind.code())
                .query((rs, n) -> Map.entry(rs.getString("indicator"), rs.getBigDecimal("weight"))).list()
                .forEach(row -> CaseIndicator.rateByKey(row.getKey()).ifPresent(i -> weights.put(i, row.getValue())));
        return jdbc.sql("SELECT minimum_sample, observation_weight, version FROM evaluation_setting WHERE object_kind = :kind")
                .param("kind", kind.code())
                .query((rs, n) -> new EvaluationSettings(kind, weights, rs.getInt("minimum_sample"),
                        rs.getBigDecimal("observation_weight"), rs.getInt("version")))
                .single();
    }

    /** Replaces the settings of one kind; answers the new version. */
    int replace(EvaluationSettings settings) {
        String kind = settings.kind().code();
        settings.weights().forEach((indicator, weight) -> jdbc.sql("""
                        UPDATE evaluation_weight SET weight = :weight WHERE object_kind = :kind AND indicator = :indicator
                        """).param("weight", weight).param("kind", kind).param("indicator", indicator.key()).update());
        return jdbc.sql("""
                        UPDATE evaluation_setting SET minimum_sample = :sample, observation_weight = :observation, version = version + 1
                        WHERE object_kind = :kind RETURNING version
                        """)
                .param("sample", settings.minimumSample()).param("observation", settings.observationWeight()).param("kind", kind)
                .query(Integer.class).single();
    }
}
