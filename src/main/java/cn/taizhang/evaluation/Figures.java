package cn.taizhang.evaluation;

import cn.taizhang.platform.Scope;
import cn.taizhang.cases.Counts;
import cn.taizhang.stats.Rates;
import java.util.List;

/** The port through which evaluation reads the case figures of every unit of a kind, within a scope. */
interface Figures {

    /**
     * One evaluated unit: its key (镇街 code, department id, grid worker's username), name, the key the contributors know
     * it by ({@code subject}: the grid's code for a grid worker, else the key) and its case figures.
     */
    record Unit(String key, String name, String subject, Counts counts, Rates rates) {
    }

    /** The units of {@code kind} within {@code scope}, with the figures of the cases reported in the period. */
    List<Unit> of(ObjectKind kind, Period period, Scope scope);
}
