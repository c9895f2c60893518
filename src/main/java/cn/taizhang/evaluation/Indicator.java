package cn.taizhang.evaluation;

import java.util.Optional;

/**
 * The evaluation indicators of DOMAIN.md, named as the statistics API names the rates. For 返工率 and 延期率
 * lower is better, so they count as 1 − rate in a score.
 */
enum Indicator {
    CLOSURE("closureRate", "结案率", false),
    ON_TIME_CLOSURE("onTimeClosureRate", "按期结案率", false),
    REWORK("reworkRate", "返工率", true),
    EXTENSION("extensionRate", "延期率", true),
    ACCURATE_REGISTRATION("accurateRegistrationRate", "准确立案率", false),
    ACCURATE_DISPATCH("accurateDispatchRate", "准确派遣率", false),
    RECTIFICATION("rectificationRate", "整改率", false);

    private final String key;
    private final String label;
    private final boolean lowerIsBetter;

    Indicator(String key, String label, boolean lowerIsBetter) {
        this.key = key;
        this.label = label;
        this.lowerIsBetter = lowerIsBetter;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    static Optional<Indicator> byKey(String key) {
        for (Indicator i : values()) {
            if (i.key.equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
