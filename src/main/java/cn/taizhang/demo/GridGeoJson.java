package cn.taizhang.demo;

import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the grids as an RFC 7946 FeatureCollection: WGS-84, outer rings counter-clockwise and
 * holes clockwise, no "crs" member, one feature per line so that diffs and eyes can follow it.
 * Written by hand because the output is this one fixed shape, and a JSON library's start-up cost
 * would be a good part of the generator's time budget.
 */
final class GridGeoJson {

    private GridGeoJson() {
    }

    static String write(List<KailiTerritory.Grid> grids) {
        StringBuilder out = new StringBuilder(grids.size() * 500);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < grids.size(); i++) {
            KailiTerritory.Grid g = grids.get(i);
            out.append("{\"type\":\"Feature\",\"properties\":{\"code\":");
            string(out, g.code());
            out.append(",\"name\":");
            string(out, g.name());
            out.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[");
            Polygon p = g.polygon();
            ring(out, p.getExteriorRing(), true);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.append(',');
                ring(out, p.getInteriorRingN(h), false);
            }
            out.append("]}}").append(i < grids.size() - 1 ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }

    private static void ring(StringBuilder out, LineString ring, boolean counterClockwise) {
        Coordinate[] cs = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(cs) != counterClockwise;
        out.append('[');
        for (int i = 0; i < cs.length; i++) {
            Coordinate c = cs[reverse ? cs.length - 1 - i : i];
            out.append(i == 0 ? "[" : ",[").append(number(c.x)).append(',').append(number(c.y)).append(']');
        }
        out.append(']');
    }

    /** Coordinates are already on the 1e-7 lattice; this only guards against a stray long tail. */
    private static String number(double d) {
        return java.math.BigDecimal.valueOf(Math.round(d * 1e7), 7).stripTrailingZeros().toPlainString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
