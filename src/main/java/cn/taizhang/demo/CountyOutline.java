package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * A stand-in for 凯里市's boundary: a hand-traced coarse ring (碧波 on an arm reaching west, 凯棠 and
 * 旁海 to the north-east, 舟溪 to the south; about the real 1,300 km²) that holds every known point of
 * the CSV with kilometres to spare, roughened by midpoint displacement so that it does not look drawn
 * with a ruler. It is not the real boundary; production imports real geometry.
 */
final class CountyOutline {

    private static final double[][] RING = {
        {107.603, 26.530}, {107.615, 26.562}, {107.670, 26.581}, {107.716, 26.592}, {107.715, 26.628},
        {107.758, 26.676}, {107.782, 26.736}, {107.819, 26.764}, {107.865, 26.760}, {107.907, 26.778},
        {107.954, 26.774}, {107.986, 26.792}, {108.023, 26.778}, {108.061, 26.760}, {108.102, 26.755},
        {108.154, 26.741}, {108.195, 26.713}, {108.205, 26.676}, {108.172, 26.639}, {108.158, 26.603},
        {108.152, 26.562}, {108.093, 26.527}, {108.051, 26.509}, {108.005, 26.481}, {107.963, 26.453},
        {107.916, 26.453}, {107.884, 26.479}, {107.847, 26.492}, {107.800, 26.495}, {107.754, 26.509},
        {107.707, 26.509}, {107.638, 26.492},
    };

    /** Sideways jitter of the first subdivision, in metres; halved at each further level. */
    private static final double ROUGHNESS = 1_200;

    private CountyOutline() {
    }

    /** The outline in local metres (see {@link Geo}). */
    static Polygon polygon(Random random) {
        List<Coordinate> ring = new ArrayList<>();
        for (double[] p : RING) {
            ring.add(Geo.local(p[0], p[1]));
        }
        double amplitude = ROUGHNESS;
        for (int level = 0; level < 4; level++, amplitude /= 2) {
            ring = subdivide(ring, amplitude, random);
        }
        ring.add(new Coordinate(ring.get(0)));
        Polygon p = Geo.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
        // Jitter is far smaller than the edges, so this is a safety net, not a routine repair.
        return p.isValid() ? p : (Polygon) GeometryFixer.fix(p).getGeometryN(0);
    }

    private static List<Coordinate> subdivide(List<Coordinate> ring, double amplitude, Random random) {
        List<Coordinate> out = new ArrayList<>(ring.size() * 2);
        for (int i = 0; i < ring.size(); i++) {
            Coordinate a = ring.get(i);
            Coordinate b = ring.get((i + 1) % ring.size());
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double len = Math.hypot(dx, dy);
            double shift = (random.nextDouble() * 2 - 1) * Math.min(amplitude, len / 6);
            out.add(a);
            out.add(new Coordinate((a.x + b.x) / 2 - dy / len * shift, (a.y + b.y) / 2 + dx / len * shift));
        }
        return out;
    }
}
