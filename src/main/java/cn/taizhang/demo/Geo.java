package cn.taizhang.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The generator works in a local plane in metres centred on the city, so that Voronoi cells are
 * isotropic and sizes read in m²; it converts to WGS-84 only at the end. Kaili spans half a degree,
 * so this equirectangular approximation is accurate to well under 1 % — plenty for demo grids.
 * The conversion is affine, so vertices shared by neighbouring cells stay shared.
 */
final class Geo {

    static final GeometryFactory FACTORY = new GeometryFactory();
    static final Coordinate CITY_CENTRE = new Coordinate(107.977, 26.583);

    private static final double M_PER_DEG_LAT = 110_574;
    private static final double M_PER_DEG_LNG = 111_320 * Math.cos(Math.toRadians(CITY_CENTRE.y));

    private static final AffineTransformation TO_WGS84 = new AffineTransformation(
            1 / M_PER_DEG_LNG, 0, CITY_CENTRE.x,
            0, 1 / M_PER_DEG_LAT, CITY_CENTRE.y);

    private Geo() {
    }

    /** Local metres from a WGS-84 longitude and latitude. */
    static Coordinate local(double lng, double lat) {
        return new Coordinate((lng - CITY_CENTRE.x) * M_PER_DEG_LNG, (lat - CITY_CENTRE.y) * M_PER_DEG_LAT);
    }

    static Coordinate local(Coordinate wgs84) {
        return local(wgs84.x, wgs84.y);
    }

    static Geometry toWgs84(Geometry local) {
        return TO_WGS84.transform(local);
    }

    /** Area in m² of a WGS-84 geometry (for checks on the output). */
    static double squareMetresOfWgs84(Geometry g) {
        double lat = g.isEmpty() ? CITY_CENTRE.y : g.getEnvelopeInternal().centre().y;
        return g.getArea() * M_PER_DEG_LAT * 111_320 * Math.cos(Math.toRadians(lat));
    }
}
