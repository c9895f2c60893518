package cn.taizhang.stats;

import static cn.taizhang.cases.CaseIndicator.CLOSED;
import static cn.taizhang.cases.CaseIndicator.CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.DISPATCHED;
import static cn.taizhang.cases.CaseIndicator.ON_TIME_CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.OVERDUE;
import static cn.taizhang.cases.CaseIndicator.RECTIFICATION_RATE;
import static cn.taizhang.cases.CaseIndicator.REGISTERED;
import static cn.taizhang.cases.CaseIndicator.REPORTED;
import static cn.taizhang.cases.CaseIndicator.REWORK_RATE;

import cn.taizhang.cases.CaseIndicator;
import java.util.List;

/** Which figures of the catalogue the dashboard shows where. */
final class DashboardFigures {

    /** The cards at the top of the dashboard and the 大屏. */
    static final List<CaseIndicator> CARDS = List.of(REPORTED, REGISTERED, CLOSED, OVERDUE, CLOSURE_RATE, ON_TIME_CLOSURE_RATE,
            RECTIFICATION_RATE);
    /** What the map can be coloured by and the ranking sorted by. */
    static final List<CaseIndicator> RANKABLE = List.of(CLOSURE_RATE, ON_TIME_CLOSURE_RATE, RECTIFICATION_RATE, REWORK_RATE, REPORTED,
            CLOSED, OVERDUE);
    /** The columns of the table of child areas and of its sheet. */
    static final List<CaseIndicator> TABLE = List.of(REPORTED, REGISTERED, DISPATCHED, CLOSED, OVERDUE, CLOSURE_RATE,
            ON_TIME_CLOSURE_RATE, RECTIFICATION_RATE);

    private DashboardFigures() {
    }

    /** The figure given by its JSON name, as in {@code ?by=closureRate}; closure rate when absent or unknown. */
    static CaseIndicator rankable(String key) {
        return RANKABLE.stream().filter(f -> f.key().equals(key)).findFirst().orElse(CLOSURE_RATE);
    }
}
