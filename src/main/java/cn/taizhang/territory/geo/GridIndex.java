package cn.taizhang.territory.geo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point → grid over all grid polygons: an STR-tree narrows the candidates to the few whose bounding
 * boxes hold the point, prepared geometries answer point-in-polygon fast. Immutable once built, so it
 * is safe to share between threads and is replaced as a whole when grids change.
 */
public final class GridIndex {

    /** A grid's code and polygon (WGS-84, x = lng, y = lat). */
    public record Grid(String code, Geometry shape) {
    }

    private record Entry(String code, PreparedGeometry shape) {
    }

    private final STRtree tree = new STRtree();
    private final int size;
    private final Envelope extent = new Envelope();

    private GridIndex(Collection<Grid> grids) {
        for (Grid grid : grids) {
            Envelope envelope = grid.shape().getEnvelopeInternal();
            tree.insert(envelope, new Entry(grid.code(), PreparedGeometryFactory.prepare(grid.shape())));
            extent.expandToInclude(envelope);
        }
        tree.build(); // built now: a lazily built tree is not safe for concurrent first queries
        size = grids.size();
    }

    public static GridIndex of(Collection<Grid> grids) {
        return new GridIndex(grids);
    }

    public static GridIndex empty() {
        return new GridIndex(List.of());
    }

    /**
     * The grid covering the point. A point on an edge or vertex shared by several grids belongs to
     * the one with the lowest code, so every caller gets the same answer.
     */
    public Optional<String> locate(double lng, double lat) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(lng, lat));
        String[] found = {null};
        tree.query(point.getEnvelopeInternal(), item -> {
            Entry entry = (Entry) item;
            if ((found[0] == null || entry.code().compareTo(found[0]) < 0) && entry.shape().covers(point)) {
                found[0] = entry.code();
            }
        });
        return Optional.ofNullable(found[0]);
    }

    public int size() {
        return size;
    }

    /** The bounding box of all grids (null envelope when empty). */
    public Envelope extent() {
        return new Envelope(extent);
    }
}
