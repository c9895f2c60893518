package cn.taizhang.territory.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the polygons of grids as GeoJSON geometry (WGS-84, [lng, lat]).
 * Reading is done here rather than by JTS's reader so that a bad shape gets a precise Chinese reason.
 */
public final class GeoJson {

    public static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJson() {
    }

    /** Reads a Polygon or MultiPolygon; throws {@link IllegalArgumentException} with a Chinese reason. */
    public static Geometry read(JsonNode geometry) {
        if (geometry == null || !geometry.isObject()) {
            throw new IllegalArgumentException("几何（geometry）应为 JSON 对象");
        }
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new IllegalArgumentException("几何缺少坐标（coordinates）");
        }
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i));
                }
                yield FACTORY.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("几何类型应为 Polygon 或 MultiPolygon，实为 " + (type.isEmpty() ? "空" : type));
        };
    }

    /** Reads a stored boundary. */
    public static Geometry read(String geometry) {
        return read(JsonMapper.shared().readTree(geometry));
    }

    public static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(9);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("多边形应至少有一个环");
        }
        LinearRing shell = ring(rings.get(0), 1);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), i + 1);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, int number) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("第" + number + "个环不是坐标数组");
        }
        List<Coordinate> coordinates = new ArrayList<>(positions.size());
        for (JsonNode position : positions.values()) {
            coordinates.add(coordinate(position));
        }
        if (coordinates.size() < 4) {
            throw new IllegalArgumentException("第" + number + "个环至少需要4个坐标（首尾相同），实有" + coordinates.size() + "个");
        }
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            throw new IllegalArgumentException("第" + number + "个环未闭合：首尾坐标不同");
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("坐标应为 [经度, 纬度] 数值数组：" + position);
        }
        double lng = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("坐标超出经纬度范围：" + position);
        }
        return new Coordinate(lng, lat);
    }
}
