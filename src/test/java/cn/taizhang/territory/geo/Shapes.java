package cn.taizhang.territory.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Test shapes in degrees (x = lng, y = lat). */
final class Shapes {

    private Shapes() {
    }

    static Polygon box(double minLng, double minLat, double maxLng, double maxLat) {
        return GeoJson.FACTORY.createPolygon(new Coordinate[] {
                new Coordinate(minLng, minLat), new Coordinate(maxLng, minLat), new Coordinate(maxLng, maxLat),
                new Coordinate(minLng, maxLat), new Coordinate(minLng, minLat)});
    }
}
