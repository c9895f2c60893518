package cn.taizhang.stats;

import cn.taizhang.cases.Counts;

/**
 * The evaluation indicators of 数字城管 practice (DOMAIN.md, "Evaluation indicators"), computed from
 * {@link Counts}. Plain Java, free of Spring. The counts are of the cases reported in a period, by the
 * state they are in now:
 *
 * <ul>
 * <li>{@code reported} every case; {@code rejected} 不予立案; {@code registered} accepted (立案): neither
 *     still waiting for registration nor rejected, whatever happened since;</li>
 * <li>{@code dispatched} reached a unit at least once (派遣), even if since returned, deferred or reopened;
 *     {@code returned} sent back by a unit at least once (退回);</li>
 * <li>{@code handled} the unit has finished (handled or closed); {@code closed} 结案;
 *     {@code closedOnTime} closed no later than its (possibly extended) deadline;</li>
 * <li>{@code open} neither closed nor rejected; {@code overdue} with a unit past its deadline now;</li>
 * <li>{@code reworked} failed verification at least once (返工); {@code extended} given at least one
 *     extension (延期); {@code deferred} in 缓办 now; {@code supervised} 挂牌督办 at least once.</li>
 * </ul>
 *
 * <p>应结案数 (the cases that ought to be closed) is {@code dispatched}: once a case reaches a unit the
 * loop owes its closure. 缓办 cases stay in it (some cities exclude them; {@code deferred} is reported
 * so that a reader can see their weight). Rates are rounded to 4 decimals.
 */
public final class Indicators {

    private Indicators() {
    }

    public static Rates of(Counts c) {
        long due = c.dispatched();
        return new Rates(
                rate(c.closed(), due),                           // 结案率
                rate(c.closedOnTime(), due),                     // 按期结案率
                rate(c.reworked(), due),                         // 返工率
                rate(c.extended(), due),                         // 延期率
                // 准确立案率: a case can only be rejected before registration here (no 作废 after 立案),
                // so the share of decided reports that were registered stands for (立案数 − 作废数) / 立案数.
                rate(c.registered(), c.registered() + c.rejected()),
                rate(c.dispatched() - c.returned(), c.dispatched()), // 准确派遣率 = (应派遣数 − 退回数) / 应派遣数
                rate(c.closed(), c.reported() - c.rejected()));      // 整改率 = 已整改 / 排查隐患 (for type=safety_hazard)
    }

    /** numerator / denominator in [0, 1] rounded to 4 decimals; null when there is nothing to divide by. */
    static Double rate(long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        double r = Math.max(0, Math.min(numerator, denominator)) / (double) denominator;
        return Math.round(r * 10_000) / 10_000.0;
    }
}
