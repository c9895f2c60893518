package cn.taizhang.registry.enterprise;

import cn.taizhang.figures.Direction;
import cn.taizhang.figures.Indicator;
import java.util.function.ToLongFunction;

/** The enterprise registry's cards on the dashboard: the enterprises in business, those with a union, its members. */
enum EnterpriseIndicator implements Indicator<EnterpriseCounts> {
    ACTIVE("enterprisesActive", "在册企业（家）", Direction.NEITHER, EnterpriseCounts::active),
    UNION_FOUNDED("enterprisesUnionFounded", "已建会企业（家）", Direction.HIGHER_IS_BETTER, EnterpriseCounts::unionFounded),
    UNION_MEMBERS("unionMembers", "工会会员（人）", Direction.HIGHER_IS_BETTER, EnterpriseCounts::unionMembers);

    private final String key;
    private final String label;
    private final Direction direction;
    private final ToLongFunction<EnterpriseCounts> count;

    EnterpriseIndicator(String key, String label, Direction direction, ToLongFunction<EnterpriseCounts> count) {
        this.key = key;
        this.label = label;
        this.direction = direction;
        this.count = count;
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
        return false;
    }

    @Override
    public long numerator(EnterpriseCounts counts) {
        return count.applyAsLong(counts);
    }

    @Override
    public long denominator(EnterpriseCounts counts) {
        return 1;
    }
}
