package cn.taizhang.registry;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;

/**
 * One registry's figures for {@code GET /api/v1/stats/registries}: what it holds inside an area on a day — counts by
 * status, kind or category and the sums that go with them. Each registry implements it once.
 */
public interface RegistryFigures {

    /** Its member of the answer: "enterprises", "places", "persons", "projects". */
    String key();

    /** Its figures for the area (a code inside the scope), optionally one development zone, as they stood at the end of {@code date}. */
    Object figures(String area, String zone, LocalDate date, Scope scope);
}
