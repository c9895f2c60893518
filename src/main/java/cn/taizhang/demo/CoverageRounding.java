package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Rounds a tiling of polygons to 7 decimals without opening overlaps. Rounding each polygon on its
 * own is not enough: where a grid's corner lies on a neighbour's edge (a T-junction — every place a
 * grid line meets a village line), the corner moves on rounding and the neighbour's straight edge
 * does not, leaving slivers of square metres. So first every such corner is added to the edge it
 * lies on; then all polygons share their vertices, shared vertices round identically, and the
 * rounded polygons fit together as the exact ones did.
 */
final class CoverageRounding {

    static final PrecisionModel SEVEN_DECIMALS = new PrecisionModel(1e7);
    /** A corner this close to an edge (degrees, ≈ 0.1 mm) lies on it; real features are far larger. */
    private static final double ON_EDGE = 1e-9;

    private CoverageRounding() {
    }

    static List<Polygon> round(List<Polygon> polygons) {
        STRtree corners = new STRtree();
        for (Polygon p : polygons) {
            for (Coordinate c : p.getCoordinates()) {
                corners.insert(new Envelope(c), c);
            }
        }
        List<Polygon> rounded = new ArrayList<>(polygons.size());
        for (Polygon p : polygons) {
            LinearRing shell = ring(p.getExteriorRing().getCoordinates(), corners);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = ring(p.getInteriorRingN(h).getCoordinates(), corners);
            }
            rounded.add(valid(Geo.FACTORY.createPolygon(shell, holes)));
        }
        return rounded;
    }

    /** The ring with its neighbours' corners inserted, rounded, without repeated points. */
    private static LinearRing ring(Coordinate[] ring, STRtree corners) {
        CoordinateList out = new CoordinateList();
        for (int i = 0; i < ring.length - 1; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            out.add(rounded(a), false);
            for (Coordinate c : cornersOn(a, b, corners)) {
                out.add(rounded(c), false);
            }
        }
        out.closeRing();
        return Geo.FACTORY.createLinearRing(out.toCoordinateArray());
    }

    private static List<Coordinate> cornersOn(Coordinate a, Coordinate b, STRtree corners) {
        Envelope env = new Envelope(a, b);
        env.expandBy(ON_EDGE);
        LineSegment segment = new LineSegment(a, b);
        List<Coordinate> on = new ArrayList<>();
        for (Object o : corners.query(env)) {
            Coordinate c = (Coordinate) o;
            if (!c.equals2D(a) && !c.equals2D(b) && Distance.pointToSegment(c, a, b) < ON_EDGE) {
                on.add(c);
            }
        }
        on.sort(Comparator.comparingDouble(segment::projectionFactor));
        return on;
    }

    private static Coordinate rounded(Coordinate c) {
        return new Coordinate(SEVEN_DECIMALS.makePrecise(c.x), SEVEN_DECIMALS.makePrecise(c.y));
    }

    /**
     * Rounding can pinch a polygon where two corners lie within a centimetre; the precision
     * reducer repairs that locally (it moves nothing by more than the rounding did).
     */
    private static Polygon valid(Polygon p) {
        if (p.isValid()) {
            return p;
        }
        Geometry fixed = GeometryPrecisionReducer.reduce(p, SEVEN_DECIMALS);
        Polygon largest = null;
        for (int i = 0; i < fixed.getNumGeometries(); i++) {
            if (fixed.getGeometryN(i) instanceof Polygon q && (largest == null || q.getArea() > largest.getArea())) {
                largest = q;
            }
        }
        return largest;
    }
}
