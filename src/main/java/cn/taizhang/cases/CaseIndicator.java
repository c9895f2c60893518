package cn.taizhang.cases;

import cn.taizhang.figures.Direction;
import cn.taizhang.figures.Indicator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The catalogue of the case figures (DOMAIN.md, "Evaluation indicators"): five counts and the seven rates of
 * 数字城管 practice, each written once over {@link Counts}. Plain Java, free of Spring.
 *
 * <p>The counts are of the cases reported in a period, by the state they are in now (see {@link Counts}).
 * 应结案数 (the cases that ought to be closed) is {@code dispatched}: once a case reaches a unit the loop owes
 * its closure. 缓办 cases stay in it (some cities exclude them; {@code deferred} is reported so that a reader can
 * see their weight). "Found" (排查) is every report not rejected: reported − rejected = closed + open.
 */
public enum CaseIndicator implements Indicator<Counts> {
    REPORTED("reported", "上报", Direction.NEITHER, Counts::reported),
    REGISTERED("registered", "立案", Direction.NEITHER, Counts::registered),
    DISPATCHED("dispatched", "派遣", Direction.NEITHER, Counts::dispatched),
    CLOSED("closed", "结案", Direction.HIGHER_IS_BETTER, Counts::closed),
    OVERDUE("overdue", "超期", Direction.LOWER_IS_BETTER, Counts::overdue),
    /** 结案率 = 结案数 / 应结案数. */
    CLOSURE_RATE("closureRate", "结案率", Direction.HIGHER_IS_BETTER, Counts::closed, Counts::dispatched),
    /** 按期结案率 = closed no later than the (possibly extended) deadline / 应结案数. */
    ON_TIME_CLOSURE_RATE("onTimeClosureRate", "按期结案率", Direction.HIGHER_IS_BETTER, Counts::closedOnTime, Counts::dispatched),
    /** 返工率 = failed verification at least once / 应结案数. */
    REWORK_RATE("reworkRate", "返工率", Direction.LOWER_IS_BETTER, Counts::reworked, Counts::dispatched),
    /** 延期率 = given at least one extension / 应结案数. */
    EXTENSION_RATE("extensionRate", "延期率", Direction.LOWER_IS_BETTER, Counts::extended, Counts::dispatched),
    /**
     * 准确立案率: a case can only be rejected before registration here (no 作废 after 立案), so the share of decided
     * reports that were registered stands for (立案数 − 作废数) / 立案数.
     */
    ACCURATE_REGISTRATION_RATE("accurateRegistrationRate", "准确立案率", Direction.HIGHER_IS_BETTER, Counts::registered,
            c -> c.registered() + c.rejected()),
    /** 准确派遣率 = (应派遣数 − 退回数) / 应派遣数. */
    ACCURATE_DISPATCH_RATE("accurateDispatchRate", "准确派遣率", Direction.HIGHER_IS_BETTER, c -> c.dispatched() - c.returned(),
            Counts::dispatched),
    /** 整改率 = 已整改 / 排查 (found: reported − rejected); the seeds' rate for hazards. */
    RECTIFICATION_RATE("rectificationRate", "整改率", Direction.HIGHER_IS_BETTER, Counts::closed, CaseIndicator::found);

    /** The rates, in the order the API and the evaluation list them. */
    public static final List<CaseIndicator> RATES = Arrays.stream(values()).filter(CaseIndicator::rate).toList();

    private final String key;
    private final String label;
    private final Direction direction;
    private final ToLongFunction<Counts> numerator;
    private final ToLongFunction<Counts> denominator;

    CaseIndicator(String key, String label, Direction direction, ToLongFunction<Counts> count) {
        this(key, label, direction, count, null);
    }

    CaseIndicator(String key, String label, Direction direction, ToLongFunction<Counts> numerator, ToLongFunction<Counts> denominator) {
        this.key = key;
        this.label = label;
        this.direction = direction;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** Every report not rejected: the cases found (排查), closed or still open. */
    public static long found(Counts c) {
        return c.reported() - c.rejected();
    }

    public static Optional<CaseIndicator> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    /** One of the {@link #RATES} by its key. */
    public static Optional<CaseIndicator> rateByKey(String key) {
        return byKey(key).filter(CaseIndicator::rate);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public boolean rate() {
        return denominator != null;
    }

    @Override
    public long numerator(Counts counts) {
        return numerator.applyAsLong(counts);
    }

    @Override
    public long denominator(Counts counts) {
        return denominator == null ? 1 : denominator.applyAsLong(counts);
    }
}
