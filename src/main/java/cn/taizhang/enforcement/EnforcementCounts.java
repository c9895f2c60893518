package cn.taizhang.enforcement;

import java.math.BigDecimal;

/**
 * The enforcement figures of an area and period: actions dated in it, {@code enterprisesCoerced} the enterprises given
 * 停产停业整顿, 关闭 or 取缔 in it (each once), {@code candidatesOpen} those open now.
 */
public record EnforcementCounts(long penaltyDecisions, long violations, BigDecimal fines, long orders, long suspensions, long closures,
        long bans, long enterprisesCoerced, long candidatesOpen) {

    /** The seeds' sentence: "下发行政处罚决定书797份，查处违法行为413起，对查而不改的37家企业单位采取停业整顿、关闭、取缔等强制措施". */
    public String sentence() {
        StringBuilder s = new StringBuilder("下发行政处罚决定书" + penaltyDecisions + "份，查处违法行为" + violations + "起");
        if (fines.signum() > 0) {
            s.append("，罚款").append(wan(fines)).append("万元");
        }
        if (orders > 0) {
            s.append("，责令限期整改").append(orders).append("次");
        }
        if (enterprisesCoerced > 0) {
            s.append("，对查而不改的").append(enterprisesCoerced).append("家企业单位采取停业整顿、关闭、取缔等强制措施");
        }
        return s.toString();
    }

    private static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000)).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
