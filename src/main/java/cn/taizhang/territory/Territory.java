package cn.taizhang.territory;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.territory.AreaRepository.GridBoundary;
import cn.taizhang.territory.geo.GridLocator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The area tree, the grids and the overlays, as other modules and the API read them. Every read takes
 * the caller's {@link Scope}: an area outside it, ancestors of the caller's jurisdiction included,
 * is not found, exactly like a code that does not exist.
 */
@Service
public class Territory {

    public static final int MAX_PAGE_SIZE = 500;

    private final AreaRepository areas;
    private final OverlayRepository overlays;
    private final GridLocator grids;

    Territory(AreaRepository areas, OverlayRepository overlays, GridLocator grids) {
        this.areas = areas;
        this.overlays = overlays;
        this.grids = grids;
    }

    /** The area with this code, if it exists inside the scope; a malformed code is not found either. */
    public Optional<Area> find(String code, Scope scope) {
        return valid(code) ? areas.find(code, scope) : Optional.empty();
    }

    /** One page (0-based, 1 to {@value #MAX_PAGE_SIZE} items) of an area's children inside the scope, in code order. */
    public ListResponse<Area> children(String code, Scope scope, int page, int size) {
        checkPage(page, size);
        return new ListResponse<>(areas.children(code, scope, page, size), areas.countChildren(code, scope));
    }

    /** The breadcrumb of an area: its ancestors the caller may see, from the top of their jurisdiction down. */
    public List<Area> ancestors(String code, Scope scope) {
        List<Area> chain = new ArrayList<>();
        Optional<AreaCode> parent = valid(code) ? AreaCode.parse(code).parent() : Optional.empty();
        while (parent.isPresent()) {
            find(parent.get().value(), scope).ifPresent(a -> chain.add(0, a));
            parent = parent.get().parent();
        }
        return chain;
    }

    /** Areas inside the scope whose name contains {@code q} or whose code starts with it; higher levels first. */
    public ListResponse<Area> search(String q, Scope scope, int page, int size) {
        checkPage(page, size);
        String text = q == null ? "" : q.strip();
        return new ListResponse<>(areas.search(text, scope, page, size), areas.countSearch(text, scope));
    }

    /** The grid at a position, if it lies inside the scope. A point on a shared edge belongs to the lowest code. */
    public Optional<Area> locate(double lat, double lng, Crs crs, Scope scope) {
        return gridAt(lat, lng, crs).flatMap(code -> areas.find(code, scope));
    }

    /** The code of the grid at a position, regardless of anyone's scope (e.g. to route a citizen's report). */
    public Optional<String> gridAt(double lat, double lng, Crs crs) {
        LatLng wgs = crs.toWgs84(lat, lng);
        return grids.locate(wgs.lng(), wgs.lat());
    }

    /** True if {@code code} is {@code ancestor} or lies inside it; false for malformed codes. */
    public boolean isInside(String code, String ancestor) {
        return valid(code) && valid(ancestor) && AreaCode.parse(ancestor).contains(AreaCode.parse(code));
    }

    /**
     * The grids inside an area as a GeoJSON FeatureCollection (properties {@code code}, {@code name}),
     * or empty if the area is not visible in the scope.
     */
    public Optional<String> gridsGeoJson(String code, Scope scope) {
        return find(code, scope).map(area -> featureCollection(areas.gridBoundaries(area.code(), scope)));
    }

    /** The names of those of {@code codes} that are visible in the scope, by code: grids from memory, others in one query. */
    public Map<String, String> names(Collection<String> codes, Scope scope) {
        Map<String, String> names = new HashMap<>();
        List<String> others = new ArrayList<>();
        for (String code : codes) {
            gridName(code, scope).ifPresentOrElse(name -> names.put(code, name), () -> others.add(code));
        }
        if (!others.isEmpty()) {
            names.putAll(areas.names(others, scope));
        }
        return names;
    }

    /** The name of the grid with this code, if it is a grid inside the scope. */
    public Optional<String> gridName(String code, Scope scope) {
        return scope.covers(code) ? grids.gridName(code) : Optional.empty();
    }

    /** The names of the grids inside an area (the area itself if it is a grid) and the scope, by code in code order. */
    public Map<String, String> gridNames(String code, Scope scope) {
        return valid(code) ? areas.gridNames(code, scope) : Map.of();
    }

    /** How many towns, villages and grids lie below a visible area, in level order (empty if it is not visible). */
    public Map<AreaLevel, Long> census(String code, Scope scope) {
        if (find(code, scope).isEmpty()) {
            return Map.of();
        }
        Map<AreaLevel, Long> counts = areas.census(code, scope);
        Map<AreaLevel, Long> ordered = new LinkedHashMap<>();
        for (AreaLevel level : AreaLevel.values()) {
            if (level.codeLength() > code.length()) {
                ordered.put(level, counts.getOrDefault(level, 0L));
            }
        }
        return ordered;
    }

    /** The overlays with at least one member inside the scope, each with only those members. */
    public List<Overlay> overlays(Scope scope) {
        return overlays.findAll(scope);
    }

    public Optional<Overlay> overlay(String code, Scope scope) {
        return overlays.find(code, scope);
    }

    private static String featureCollection(List<GridBoundary> boundaries) {
        JsonMapper json = JsonMapper.shared();
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < boundaries.size(); i++) {
            GridBoundary grid = boundaries.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"code\":").append(json.writeValueAsString(grid.code()))
                    .append(",\"name\":").append(json.writeValueAsString(grid.name()))
                    .append("},\"geometry\":").append(grid.boundary()).append('}'); // stored as GeoJSON already
        }
        return out.append("]}").toString();
    }

    private static boolean valid(String code) {
        try {
            AreaCode.parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
