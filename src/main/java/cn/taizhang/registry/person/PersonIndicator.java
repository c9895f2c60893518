package cn.taizhang.registry.person;

import cn.taizhang.figures.Direction;
import cn.taizhang.figures.Indicator;
import java.util.function.ToLongFunction;

/**
 * The persons registry's cards on the dashboard: the key persons followed (在管: neither more nor fewer is good news in
 * itself) and those lost from sight (脱管: fewer is better).
 */
enum PersonIndicator implements Indicator<PersonCounts> {
    IN_CARE("keyPersonsInCare", "重点人员在管（人）", Direction.NEITHER, PersonCounts::inCare),
    LOST("keyPersonsLost", "重点人员脱管（人）", Direction.LOWER_IS_BETTER, PersonCounts::lost);

    private final String key;
    private final String label;
    private final Direction direction;
    private final ToLongFunction<PersonCounts> count;

    PersonIndicator(String key, String label, Direction direction, ToLongFunction<PersonCounts> count) {
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
    public long numerator(PersonCounts counts) {
        return count.applyAsLong(counts);
    }

    @Override
    public long denominator(PersonCounts counts) {
        return 1;
    }
}
