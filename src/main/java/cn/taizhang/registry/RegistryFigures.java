package cn.taizhang.registry;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One registry's figures for {@code GET /api/v1/stats/registries}: what it holds inside an area on a day — counts by
 * status, kind or category and the sums that go with them. Each registry implements it once; the registries' hub
 * ({@code /registries}) shows a tile for every implementation, with its {@link #total}.
 */
public interface RegistryFigures {

    /** Its member of the answer: "enterprises", "places", "persons", "projects". */
    String key();

    /** Its figures for the area (a code inside the scope), optionally one development zone, as they stood at the end of {@code date}. */
    Object figures(String area, String zone, LocalDate date, Scope scope);

    /**
     * How many records it holds in the area on the day, for the hub's tile: by default its figures' {@code total},
     * {@code registered} or {@code count}, whichever it has first; none if it has none of them.
     */
    default OptionalLong total(String area, LocalDate date, Scope scope) {
        JsonNode figures = JsonMapper.shared().valueToTree(figures(area, null, date, scope));
        for (String name : List.of("total", "registered", "count")) {
            if (figures != null && figures.path(name).isIntegralNumber()) {
                return OptionalLong.of(figures.path(name).asLong());
            }
        }
        return OptionalLong.empty();
    }
}
