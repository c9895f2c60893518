package cn.taizhang.registry;

import cn.taizhang.platform.web.FormReader;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The grid a registry record lies in, as a form gives it: {@code gridCode}, or {@code location: {lat, lng, crs}} found in
 * the grids the writer reaches (a grid given wins over a location; the location is kept either way). Problems are named
 * on {@code gridCode}, {@code location} and its parts, alongside the form's other fields.
 */
public final class GridField {

    private static final Set<String> LOCATION_FIELDS = Set.of("lat", "lng", "crs");
    private static final Set<String> CRS = Set.of("wgs84", "gcj02", "bd09");

    /** What the field looks up; every answer is limited to what the writer may reach. */
    public interface Lookups {
        /** True if {@code gridCode} is a grid the writer may place a record in. */
        boolean gridInReach(String gridCode);

        /** The grid at a position (crs: wgs84, gcj02 or bd09), if the writer may reach it. */
        Optional<String> gridAt(double lat, double lng, String crs);
    }

    /** The grid (null when a problem was named) and the position given, if any. */
    public record Located(String grid, Double lat, Double lng) {
    }

    private GridField() {
    }

    /** Reads {@code gridCode} and {@code location} of {@code body}; {@code what} names the record in details: "场所". */
    public static Located read(FormReader form, JsonNode body, Lookups lookups, String what) {
        JsonNode location = body.get("location");
        Double lat = null;
        Double lng = null;
        String fromLocation = null;
        if (!FormReader.missing(location) && form.object(location, LOCATION_FIELDS, "location.")) {
            lat = coordinate(form, location.get("lat"), "location.lat", "纬度", 90);
            lng = coordinate(form, location.get("lng"), "location.lng", "经度", 180);
            String crs = form.text(location.get("crs"), "location.crs", "坐标系", 10, false);
            crs = crs == null ? "wgs84" : crs;
            if (!CRS.contains(crs)) {
                form.problem("location.crs", "INVALID_FIELD", "location.crs：坐标系须为 wgs84、gcj02 或 bd09");
            } else if (lat != null && lng != null) {
                fromLocation = lookups.gridAt(lat, lng, crs).orElse(null);
            }
        }
        String grid = form.text(body.get("gridCode"), "gridCode", "所在网格", 15, false);
        if (grid != null && !lookups.gridInReach(grid)) {
            form.problem("gridCode", "UNKNOWN_GRID", "gridCode：网格 " + grid + " 不存在或不在您的管辖范围内");
            grid = null;
        } else if (grid == null && lat != null && lng != null && fromLocation == null) {
            form.problem("location", "OUTSIDE_GRIDS", "location：该位置不在您管辖范围内的任何网格中，请选择" + what + "所在网格");
        } else if (grid == null && FormReader.missing(location)) {
            form.problem("gridCode", "REQUIRED", "gridCode：请选择" + what + "所在网格，或给出位置 location");
        }
        return new Located(grid != null ? grid : fromLocation, lat, lng);
    }

    private static Double coordinate(FormReader form, JsonNode n, String field, String label, int limit) {
        if (FormReader.missing(n) || !n.isNumber() || Math.abs(n.doubleValue()) > limit || !Double.isFinite(n.doubleValue())) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为 -" + limit + " 到 " + limit + " 之间的数");
            return null;
        }
        return n.doubleValue();
    }
}
