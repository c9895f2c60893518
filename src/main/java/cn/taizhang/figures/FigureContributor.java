package cn.taizhang.figures;

import java.util.List;

/**
 * A module's figures on the statistics and the dashboards: the cards it puts at the top of the dashboard and the 大屏
 * (each an {@link Indicator}: key, label, count or rate, which way is good news), and their values for an area and
 * period, read by {@code GET /api/v1/stats/figures}. The dashboard shows every contributor's cards in the order of
 * their {@code @Order}, with the change from the previous period coloured by each card's direction: implement this
 * (as a Spring bean) to put a module's figures on the dashboard. The cases are the first contributor.
 */
public interface FigureContributor {

    /** The figures it shows, in order. */
    List<? extends Indicator<?>> cards();

    /** The value of each of its {@link #cards()} for the area and period, within the caller's scope, in the same order. */
    List<FigureValue> values(FigureRequest request);
}
