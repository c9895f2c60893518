package cn.taizhang.stats;

/** The evaluation rates of {@link Indicators}: each in [0, 1], or null when its denominator is 0. */
public record Rates(Double closureRate, Double onTimeClosureRate, Double reworkRate, Double extensionRate,
        Double accurateRegistrationRate, Double accurateDispatchRate, Double rectificationRate) {
}
