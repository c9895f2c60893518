package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Random points inside an area, all drawn from the caller's seeded {@link Random}. The area is a
 * polygon or just a membership test (a town's territory exists only as "nearer this seat than any
 * other" until the map is cut).
 */
final class Sampling {

    private final Envelope envelope;
    private final Predicate<Coordinate> inside;
    private final Coordinate fallback;

    Sampling(Envelope envelope, Predicate<Coordinate> inside, Coordinate fallback) {
        this.envelope = envelope;
        this.inside = inside;
        this.fallback = fallback;
    }

    static Sampling of(Geometry area) {
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        return new Sampling(area.getEnvelopeInternal(), c -> locator.locate(c) == Location.INTERIOR,
                area.getInteriorPoint().getCoordinate());
    }

    boolean contains(Coordinate c) {
        return inside.test(c);
    }

    /** A lattice with each point jittered within its cell: even coverage without visible rows. */
    List<Coordinate> jitteredLattice(double spacing, Random random) {
        List<Coordinate> points = new ArrayList<>();
        for (double y = envelope.getMinY(); y < envelope.getMaxY(); y += spacing) {
            for (double x = envelope.getMinX(); x < envelope.getMaxX(); x += spacing) {
                Coordinate c = new Coordinate(x + random.nextDouble() * spacing, y + random.nextDouble() * spacing);
                if (contains(c)) {
                    points.add(c);
                }
            }
        }
        return points;
    }

    /** A uniformly random point inside; the fallback point stands in for slivers that resist sampling. */
    Coordinate anywhere(Random random) {
        for (int attempt = 0; attempt < 500; attempt++) {
            Coordinate c = new Coordinate(envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight());
            if (contains(c)) {
                return c;
            }
        }
        return new Coordinate(fallback);
    }

    /**
     * Mitchell's best candidate: of a few random points (within {@code radius} of {@code near} when
     * that is given), the one farthest from those already placed. Spreads seeds evenly, so cells come
     * out of similar size rather than the clumps and slivers of plain uniform sampling.
     */
    Coordinate bestCandidate(List<Coordinate> placed, Coordinate near, double radius, Random random) {
        Coordinate best = null;
        double bestDistance = -1;
        for (int i = 0; i < 12; i++) {
            Coordinate c = near == null ? anywhere(random) : around(near, radius, random);
            double d = distance(c, placed);
            if (d > bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    static double distance(Coordinate c, List<Coordinate> placed) {
        double d = Double.MAX_VALUE;
        for (Coordinate p : placed) {
            d = Math.min(d, p.distance(c));
        }
        return d;
    }

    private Coordinate around(Coordinate centre, double radius, Random random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            double r = radius * Math.sqrt(random.nextDouble());
            double a = random.nextDouble() * 2 * Math.PI;
            Coordinate c = new Coordinate(centre.x + r * Math.cos(a), centre.y + r * Math.sin(a));
            if (contains(c)) {
                return c;
            }
        }
        return anywhere(random);
    }
}
