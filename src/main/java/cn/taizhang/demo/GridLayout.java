package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** How many grids a 村/居/社区 gets, and where their boundaries run. */
final class GridLayout {

    /** A city grid is a 万米单元网格 in spirit; a few are merged so that a 社区 has a workable count. */
    private static final double URBAN_GRID_AREA = 40_000;
    /** Smallest mean grid (m²), about 100 m across: below that a 网格员 would have a single building. */
    private static final double SMALLEST_GRID_AREA = 10_000;
    private static final int LLOYD_ROUNDS = 4;
    private static final int SAMPLES_PER_GRID = 25;

    private GridLayout() {
    }

    /**
     * City 社区 are cut into many small grids, town-centre 居委会 and 家委会 into a handful, and 村委会
     * into 2-5 according to size: a mountain village is walked by a few 网格员, each with a hamlet or two.
     */
    static int count(Division village, double squareMetres) {
        int n;
        if (village.isUrbanCommunity()) {
            n = clamp((int) Math.round(squareMetres / URBAN_GRID_AREA), 6, 45);
        } else if (!village.isVillageCommittee()) {
            n = clamp((int) Math.round(squareMetres / 200_000), 3, 8);
        } else {
            n = clamp(2 + (int) (squareMetres / 2_500_000), 2, 5);
        }
        return Math.max(1, Math.min(n, (int) (squareMetres / SMALLEST_GRID_AREA)));
    }

    /**
     * Evenly spread seeds relaxed by a few rounds of Lloyd's algorithm (each seed moves to the
     * centre of its cell), which gives compact grids of similar size instead of random slivers.
     * The rounds work on a cloud of sample points (k-means) rather than on polygons: the same
     * result for the eye at a fraction of the cost; only the final cells are cut exactly.
     */
    static List<Polygon> cells(Polygon village, int n, Random random) {
        if (n == 1) {
            return List.of(village);
        }
        Sampling inVillage = Sampling.of(village);
        List<Coordinate> seeds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seeds.add(inVillage.bestCandidate(seeds, null, 0, random));
        }
        List<Coordinate> cloud = inVillage.jitteredLattice(Math.sqrt(village.getArea() / (n * SAMPLES_PER_GRID)), random);
        for (int round = 0; round < LLOYD_ROUNDS; round++) {
            double[] sx = new double[n];
            double[] sy = new double[n];
            int[] count = new int[n];
            for (Coordinate p : cloud) {
                int k = nearest(p, seeds);
                sx[k] += p.x;
                sy[k] += p.y;
                count[k]++;
            }
            List<Coordinate> moved = new ArrayList<>(n);
            Set<Coordinate> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Coordinate c = count[i] == 0 ? seeds.get(i) : new Coordinate(sx[i] / count[i], sy[i] / count[i]);
                // The mean of a bent cell can fall outside the village; the seed then stays put.
                Coordinate next = inVillage.contains(c) && !seen.contains(c) ? c : seeds.get(i);
                while (!seen.add(next)) {
                    next = new Coordinate(next.x + 0.01, next.y);
                }
                moved.add(next);
            }
            seeds = moved;
        }
        return Partition.voronoi(village, seeds);
    }

    private static int nearest(Coordinate p, List<Coordinate> seeds) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < seeds.size(); i++) {
            double dx = p.x - seeds.get(i).x;
            double dy = p.y - seeds.get(i).y;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int clamp(int n, int min, int max) {
        return Math.max(min, Math.min(max, n));
    }
}
