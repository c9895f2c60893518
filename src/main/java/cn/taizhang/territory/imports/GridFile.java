package cn.taizhang.territory.imports;

import cn.taizhang.territory.AreaCode;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.ImportError;
import cn.taizhang.territory.geo.GridIndex;
import cn.taizhang.territory.geo.Overlaps;
import cn.taizhang.territory.geo.Overlaps.Shape;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks grid polygons: a GeoJSON FeatureCollection (WGS-84) whose features carry
 * {@code code} (15 digits) and {@code name}, with a Polygon or MultiPolygon geometry. Every bad
 * feature is reported, including polygons overlapping a sibling grid in the file or in the database.
 */
public final class GridFile {

    /** A checked feature. */
    public record GridFeature(int index, AreaCode code, String name, Geometry shape) {
    }

    public record Result(List<GridFeature> grids, List<ImportError> errors) {
    }

    /** Where the database comes in: which villages exist, and the grids they hold today. */
    public record Existing(Predicate<AreaCode> villageExists, Function<Collection<AreaCode>, List<GridIndex.Grid>> gridsOf) {
    }

    private GridFile() {
    }

    public static Result read(InputStream source, Existing existing) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(source);
        } catch (JacksonException e) {
            return rejected("MALFORMED_FILE", "文件不是有效的 JSON（" + e.getLocation() + "）");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            return rejected("NOT_A_FEATURE_COLLECTION", "文件应为 GeoJSON FeatureCollection，并含 features 数组");
        }
        JsonNode features = root.path("features");
        if (features.isEmpty()) {
            return rejected("EMPTY_FILE", "文件中没有要素");
        }
        List<ImportError> errors = new ArrayList<>();
        List<GridFeature> grids = new ArrayList<>();
        Map<AreaCode, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            GridFeature grid = FeatureCheck.check(i, features.get(i), firstIndex, existing.villageExists(), errors);
            if (grid != null) {
                grids.add(grid);
            }
        }
        errors.addAll(overlaps(grids, existing));
        errors.sort(Comparator.comparingInt(ImportError::index));
        return new Result(errors.isEmpty() ? grids : List.of(), errors);
    }

    private static List<ImportError> overlaps(List<GridFeature> grids, Existing existing) {
        Set<AreaCode> villages = new TreeSet<>();
        Set<String> incomingCodes = new HashSet<>();
        List<Shape> incoming = new ArrayList<>();
        for (GridFeature g : grids) {
            AreaCode village = g.code().parent().orElseThrow();
            villages.add(village);
            incomingCodes.add(g.code().value());
            incoming.add(new Shape(g.code().value(), village.value(), g.shape()));
        }
        List<Shape> current = new ArrayList<>();
        for (GridIndex.Grid grid : villages.isEmpty() ? List.<GridIndex.Grid>of() : existing.gridsOf().apply(villages)) {
            if (!incomingCodes.contains(grid.code())) { // a grid in the file replaces its stored polygon
                current.add(new Shape(grid.code(), grid.code().substring(0, AreaLevel.VILLAGE.codeLength()), grid.shape()));
            }
        }
        List<ImportError> errors = new ArrayList<>();
        for (Overlaps.Overlap o : Overlaps.find(incoming, current)) {
            GridFeature grid = grids.get(o.incoming());
            String where = incomingCodes.contains(o.otherCode()) ? "文件中的" : "系统中已有的";
            errors.add(ImportError.atFeature(grid.index(), "OVERLAPS_GRID", String.format(
                    "网格 %s 与%s同村网格 %s 重叠（重叠面积约 %.0f 平方米）", grid.code(), where, o.otherCode(), squareMetres(o.area(), grid))));
        }
        return errors;
    }

    // Square degrees to m² at the grid's latitude: good enough to tell a user how large an overlap is.
    private static double squareMetres(double squareDegrees, GridFeature grid) {
        double metresPerDegree = 111_320.0;
        double lat = grid.shape().getEnvelopeInternal().centre().y;
        return squareDegrees * metresPerDegree * metresPerDegree * Math.cos(Math.toRadians(lat));
    }

    private static Result rejected(String code, String reason) {
        return new Result(List.of(), List.of(ImportError.ofFile(code, reason)));
    }
}
