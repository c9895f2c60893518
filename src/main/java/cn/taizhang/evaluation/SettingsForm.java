package cn.taizhang.evaluation;

import cn.taizhang.figures.Indicator;
import cn.taizhang.platform.web.FormReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * New settings for one object kind as the system administrator sends them (PUT replaces them all): every
 * indicator's weight (of the catalogue: the case rates and those the modules contribute) 0–100 with at most two decimals, not all zero; the minimum sample 1–100000; the 观摩 weight
 * 0–1 with at most two decimals. A body read back from GET (with {@code object}, {@code label}, {@code version}) is accepted.
 */
final class SettingsForm {

    private static final Set<String> FIELDS = Set.of("object", "label", "weights", "minimumSample", "observationWeight", "version");
    static final int MAX_SAMPLE = 100_000;

    private SettingsForm() {
    }

    /** The checked settings (version left 0), or a 400 naming every bad field. */
    static EvaluationSettings read(ObjectKind kind, JsonNode body, List<Indicator<?>> indicators) {
        FormReader form = new FormReader();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Integer sample = null;
        BigDecimal observation = null;
        if (form.object(body, FIELDS, "")) {
            JsonNode object = body.get("object");
            if (!FormReader.missing(object) && !(object.isString() && object.asString().equals(kind.code()))) {
                form.problem("object", "OBJECT_MISMATCH", "object：考评对象须与地址中的 " + kind.code() + " 一致");
            }
            weights(form, body.get("weights"), indicators, weights);
            sample = form.integer(body.get("minimumSample"), "minimumSample", "最低样本量（应结案数）", 1, MAX_SAMPLE);
            observation = form.decimal(body.get("observationWeight"), "observationWeight", "观摩得分权重", BigDecimal.ZERO,
                    BigDecimal.ONE, 2);
        }
        form.check();
        return new EvaluationSettings(kind, weights, sample, observation, 0);
    }

    private static void weights(FormReader form, JsonNode n, List<Indicator<?>> indicators, Map<String, BigDecimal> weights) {
        if (FormReader.missing(n)) {
            form.problem("weights", "REQUIRED", "weights：请填写各项指标的权重");
            return;
        }
        if (!form.object(n, indicators.stream().map(Indicator::key).collect(Collectors.toSet()), "weights.")) {
            return;
        }
        for (Indicator<?> i : indicators) {
            BigDecimal w = form.decimal(n.get(i.key()), "weights." + i.key(), i.label() + "的权重", BigDecimal.ZERO,
                    Scoring.HUNDRED, 2);
            if (w != null) {
                weights.put(i.key(), w);
            }
        }
        if (weights.size() == indicators.size() && weights.values().stream().allMatch(w -> w.signum() == 0)) {
            form.problem("weights", "ALL_ZERO", "weights：各项权重不能全为 0");
        }
    }
}
