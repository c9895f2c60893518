package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import java.util.List;

/**
 * A figure the dashboard shows, colours the map by or ranks areas by: a count of {@link Counts} or a rate of
 * {@link Rates}, by its JSON name, with the direction in which it is good news (+1 up, −1 down, 0 neither),
 * which decides the colour of a change and the order of a ranking.
 */
enum Figure {
    REPORTED("reported", "上报", false, 0),
    REGISTERED("registered", "立案", false, 0),
    CLOSED("closed", "结案", false, 1),
    OVERDUE("overdue", "超期", false, -1),
    CLOSURE_RATE("closureRate", "结案率", true, 1),
    ON_TIME_CLOSURE_RATE("onTimeClosureRate", "按期结案率", true, 1),
    RECTIFICATION_RATE("rectificationRate", "整改率", true, 1),
    REWORK_RATE("reworkRate", "返工率", true, -1);

    /** The cards at the top of the dashboard and the 大屏. */
    static final List<Figure> CARDS = List.of(REPORTED, REGISTERED, CLOSED, OVERDUE, CLOSURE_RATE, ON_TIME_CLOSURE_RATE,
            RECTIFICATION_RATE);
    /** What the map can be coloured by and the ranking sorted by. */
    static final List<Figure> RANKABLE = List.of(CLOSURE_RATE, ON_TIME_CLOSURE_RATE, RECTIFICATION_RATE, REWORK_RATE, REPORTED,
            CLOSED, OVERDUE);

    private final String key;
    private final String label;
    private final boolean rate;
    private final int better;

    Figure(String key, String label, boolean rate, int better) {
        this.key = key;
        this.label = label;
        this.rate = rate;
        this.better = better;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean rate() {
        return rate;
    }

    public int better() {
        return better;
    }

    /** The figure's value for these counts; null for a rate with nothing to divide by. */
    Double value(Counts c) {
        Rates r = Indicators.of(c);
        return switch (this) {
            case REPORTED -> (double) c.reported();
            case REGISTERED -> (double) c.registered();
            case CLOSED -> (double) c.closed();
            case OVERDUE -> (double) c.overdue();
            case CLOSURE_RATE -> r.closureRate();
            case ON_TIME_CLOSURE_RATE -> r.onTimeClosureRate();
            case RECTIFICATION_RATE -> r.rectificationRate();
            case REWORK_RATE -> r.reworkRate();
        };
    }

    /** The figure given by its JSON name, as in {@code ?by=closureRate}; closure rate when absent or unknown. */
    static Figure of(String key) {
        for (Figure f : RANKABLE) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return CLOSURE_RATE;
    }
}
